-- Tamper evidence for the access log: each entry carries the hash of the one before it and its own hash over both,
-- so changing, removing or reordering an entry breaks every hash after it. The head row holds the newest hash; its
-- lock also serializes appends, so the chain has one order however many application instances write to it.
alter table access_event add column previous_hash varchar(64);
alter table access_event add column entry_hash varchar(64);

create table access_log_head (
    id int primary key,
    last_event_id bigint,
    last_hash varchar(64) not null
);
insert into access_log_head (id, last_event_id, last_hash)
values (1, null, '0000000000000000000000000000000000000000000000000000000000000000');
