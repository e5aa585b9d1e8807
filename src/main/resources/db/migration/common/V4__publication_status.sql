-- Editorial workflow (catalog.PublicationStatus): every entry gets a status. Entries that exist already were
-- visible to readers, so they start as PUBLISHED. Same statement on H2 and PostgreSQL.
alter table authority add column status varchar(20) default 'PUBLISHED' not null;
alter table contact_point add column status varchar(20) default 'PUBLISHED' not null;
alter table network_resource add column status varchar(20) default 'PUBLISHED' not null;
alter table good_practice add column status varchar(20) default 'PUBLISHED' not null;

-- Who saved last through the editorial forms (shown to an editor whose save conflicts with it).
alter table authority add column updatedBy varchar(100);
alter table contact_point add column updatedBy varchar(100);
alter table network_resource add column updatedBy varchar(100);
alter table good_practice add column updatedBy varchar(100);
