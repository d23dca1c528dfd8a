alter table access_event alter column previous_hash set not null;
alter table access_event alter column entry_hash set not null;
