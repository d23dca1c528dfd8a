-- The country of each institution (ISO 3166-1 alpha-2): data released to an institution in another country leaves the
-- country, which human genetic resource (HGR) rules restrict. Existing institutions are in China.
alter table institution add column country varchar(2) default 'CN' not null;
