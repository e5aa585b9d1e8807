-- "Report outdated" (editorial.domain.OutdatedReport): a signed-in member says an entry looks out of date;
-- editors work through the open reports and mark them handled. Same shape on H2 and PostgreSQL.
create sequence outdated_report_SEQ start with 1 increment by 50;

create table outdated_report (
    id bigint not null,
    entry_type varchar(20) not null,
    entry_key varchar(100) not null,
    entry_title varchar(300) not null,
    country varchar(2),
    comment varchar(2000) not null,
    reported_by varchar(100) not null,
    reported_at timestamp(6) with time zone not null,
    handled_by varchar(100),
    handled_at timestamp(6) with time zone,
    version bigint not null,
    constraint pk_outdated_report primary key (id)
);

create index ix_outdated_report_open on outdated_report (handled_at, reported_at);
