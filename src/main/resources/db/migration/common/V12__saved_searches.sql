-- Saved searches with alerts (alerts.domain.SavedSearch, SavedSearchAlert; docs/alerts.md): a signed-in user keeps
-- a search (its canonical query string) under a name; each published change that matches it, as that user may see
-- it, leaves one alert, shown in the search's Atom feed and sent in the daily e-mail digest until unsubscribed.
-- Same shape on H2 and PostgreSQL.
create sequence saved_search_SEQ start with 1 increment by 50;
create sequence saved_search_alert_SEQ start with 1 increment by 50;

create table saved_search (
    id bigint not null,
    owner varchar(100) not null,
    name varchar(100) not null,
    query varchar(2000) not null,
    email varchar(254),
    language varchar(8) not null,
    alerts_on boolean not null,
    unsubscribe_token varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_saved_search primary key (id),
    constraint uq_saved_search_token unique (unsubscribe_token),
    constraint uq_saved_search_name unique (owner, name)
);

create table saved_search_alert (
    id bigint not null,
    saved_search_id bigint not null,
    entry_type varchar(20) not null,
    entry_key varchar(100) not null,
    entry_title varchar(300) not null,
    newly_published boolean not null,
    alerted_at timestamp(6) with time zone not null,
    mailed_at timestamp(6) with time zone,
    version bigint not null,
    constraint pk_saved_search_alert primary key (id),
    constraint fk_saved_search_alert_search foreign key (saved_search_id) references saved_search (id)
);

create index ix_saved_search_alert_search on saved_search_alert (saved_search_id, alerted_at);
create index ix_saved_search_alert_unmailed on saved_search_alert (mailed_at, saved_search_id);
