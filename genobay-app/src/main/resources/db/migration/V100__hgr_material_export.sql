-- HGR filings for the export of human genetic resource material (specimens) abroad. A filing belonged to a dataset;
-- now every filing names its holder institution and what it covers: the release of one dataset (DATASET_RELEASE, as
-- before, dataset_id set) or the export of the institution's specimens (MATERIAL_EXPORT, no dataset). A release is
-- of a dataset or, for specimens, of a shipment (by its code). Plain SQL for H2 and PostgreSQL.
alter table sharing_hgr_filing add column institution_id bigint;
update sharing_hgr_filing set institution_id =
    (select d.institution_id from sharing_dataset d where d.id = sharing_hgr_filing.dataset_id);
alter table sharing_hgr_filing alter column institution_id set not null;
alter table sharing_hgr_filing add constraint sharing_hgr_filing_institution
    foreign key (institution_id) references institution (id);
alter table sharing_hgr_filing alter column dataset_id drop not null;
alter table sharing_hgr_filing add column covers varchar(24) default 'DATASET_RELEASE' not null;
alter table sharing_hgr_filing add constraint sharing_hgr_filing_covers
    check (covers in ('DATASET_RELEASE', 'MATERIAL_EXPORT'));
alter table sharing_hgr_filing add constraint sharing_hgr_filing_target
    check ((covers = 'DATASET_RELEASE') = (dataset_id is not null));
create index sharing_hgr_filing_holder on sharing_hgr_filing (institution_id, covers);

alter table sharing_release alter column dataset_id drop not null;
alter table sharing_release add column shipment_code varchar(16);
alter table sharing_release add constraint sharing_release_what
    check ((dataset_id is null) <> (shipment_code is null));
