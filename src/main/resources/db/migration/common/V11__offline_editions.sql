-- Signed offline editions (issue 17, editorial.domain.Edition, EditionFile, EditionDownload): what an editor
-- generated for which audience, its two files with their detached signatures, and who downloaded which file when.
-- bytea is PostgreSQL's binary type and an alias of H2's binary varying, so one file serves both databases.
create sequence edition_SEQ start with 1 increment by 50;
create sequence edition_file_SEQ start with 1 increment by 50;
create sequence edition_download_SEQ start with 1 increment by 50;

create table edition (
    id bigint not null,
    scope varchar(20) not null,
    scope_value varchar(200),
    audience varchar(20) not null,
    generated_by varchar(100) not null,
    generated_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    entry_count integer not null,
    key_fingerprint varchar(64) not null,
    version bigint not null,
    constraint pk_edition primary key (id)
);

create table edition_file (
    id bigint not null,
    edition_id bigint not null,
    kind varchar(10) not null,
    content bytea not null,
    signature bytea not null,
    constraint pk_edition_file primary key (id),
    constraint fk_edition_file_edition foreign key (edition_id) references edition (id),
    constraint uq_edition_file_kind unique (edition_id, kind)
);

create table edition_download (
    id bigint not null,
    edition_id bigint not null,
    file_name varchar(20) not null,
    downloaded_by varchar(100) not null,
    downloaded_at timestamp(6) with time zone not null,
    constraint pk_edition_download primary key (id),
    constraint fk_edition_download_edition foreign key (edition_id) references edition (id)
);

create index ix_edition_download_edition on edition_download (edition_id, downloaded_at);
