-- Hibernate Search's outbox-polling coordination (a cluster: wildfly-config/configure-cluster.cli,
-- docs/adr/0005-cluster-search-coordination.md). Each transaction that changes indexed entities writes its events
-- to hsearch_outbox_event in the same commit; every node's background processor reads its share of them and
-- updates the search index. hsearch_agent holds the nodes (agents) and their shard assignment.
-- The tables are the ones Hibernate Search 7.2 generates for PostgreSQL (its default UUID and payload types);
-- the indexes are named here (Hibernate would call them "status", "entityIdHash", "processAfter").
-- Only a cluster maps these entities; a single node never reads them.
create table HSEARCH_AGENT (
    assignedShardIndex integer,
    totalShardCount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING','WAITING','SUSPENDED')),
    tenantId varchar(255),
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
    payload bytea,
    primary key (id)
);

create table HSEARCH_OUTBOX_EVENT (
    entityIdHash integer not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    id uuid not null,
    entityId varchar(256) not null,
    entityName varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING','ABORTED')),
    tenantId varchar(255),
    payload bytea not null,
    primary key (id)
);

create index hsearch_outbox_event_entityidhash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index hsearch_outbox_event_status on HSEARCH_OUTBOX_EVENT (status);
create index hsearch_outbox_event_processafter on HSEARCH_OUTBOX_EVENT (processAfter);
