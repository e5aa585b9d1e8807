-- Hibernate Search's outbox-polling coordination, as in postgresql/V8 (docs/adr/0005-cluster-search-coordination.md).
-- A cluster runs on PostgreSQL; the H2 tables exist so both databases have the same versions and so the unit
-- tests can check the mapping against them. The columns are the ones Hibernate Search 7.2 generates for H2.
create table HSEARCH_AGENT (
    assignedShardIndex integer,
    totalShardCount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    tenantId varchar(255),
    payload blob,
    state enum ('RUNNING','SUSPENDED','WAITING') not null,
    type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    primary key (id)
);

create table HSEARCH_OUTBOX_EVENT (
    entityIdHash integer not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    id uuid not null,
    entityId varchar(256) not null,
    entityName varchar(256) not null,
    tenantId varchar(255),
    payload blob not null,
    status enum ('ABORTED','PENDING') not null,
    primary key (id)
);

create index hsearch_outbox_event_entityidhash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index hsearch_outbox_event_status on HSEARCH_OUTBOX_EVENT (status);
create index hsearch_outbox_event_processafter on HSEARCH_OUTBOX_EVENT (processAfter);
