-- Saved-search alerts that a cluster cannot miss (docs/alerts.md): each publication leaves one row per entry here, in
-- the publishing transaction itself, with the entry's version as that transaction wrote it. A matcher
-- (alerts.application.PendingMatchService), right after the commit and then by a timer on every node, takes rows with
-- SELECT ... FOR UPDATE SKIP LOCKED (so two nodes never hold the same row), matches an entry once the search index holds
-- it at that version or later, and deletes the row; rows not due yet wait for not_before. Same shape on H2 and
-- PostgreSQL.
create sequence pending_alert_match_SEQ start with 1 increment by 50;

create table pending_alert_match (
    id bigint not null,
    entry_type varchar(20) not null,
    entry_key varchar(100) not null,
    entry_version bigint not null,
    newly_published boolean not null,
    created_at timestamp(6) with time zone not null,
    not_before timestamp(6) with time zone not null,
    attempts integer not null,
    constraint pk_pending_alert_match primary key (id)
);

create index ix_pending_alert_match_due on pending_alert_match (not_before, id);
create index ix_pending_alert_match_entry on pending_alert_match (entry_key);

-- An alert names the entry version it was matched at: one alert per saved search, entry and version, whatever runs
-- twice. Alerts recorded before V14 keep a null version (nulls never collide in a unique constraint).
alter table saved_search_alert add column entry_version bigint;
alter table saved_search_alert add constraint uq_saved_search_alert_entry
    unique (saved_search_id, entry_type, entry_key, entry_version);
