-- Audit history (Hibernate Envers, editorial.domain.Revision): one row per change set (who, when) in
-- revision, and for every audited table a *_AUD copy of each changed row with the revision that wrote it
-- (REVTYPE 0 add, 1 modify, 2 delete). Generated from the mapping with Hibernate ORM 6.6's schema export
-- (PostgreSQLDialect)
-- then enums made plain varchar without check constraints, as in V1, and foreign keys named.

create sequence revision_SEQ start with 1 increment by 50;

create table authority_AUD (
    REVTYPE smallint,
    country varchar(2),
    REV bigint not null,
    createdAt timestamp(6) with time zone,
    id bigint not null,
    updatedAt timestamp(6) with time zone,
    status varchar(20),
    visibility varchar(20),
    kind varchar(40),
    entry_key varchar(100),
    updatedBy varchar(100),
    localName varchar(300),
    name varchar(300),
    website varchar(2000),
    description varchar(20000),
    primary key (REV, id)
);

create table authority_competence_AUD (
    REVTYPE smallint,
    REV bigint not null,
    authority_id bigint not null,
    competence varchar(40) not null,
    primary key (REV, authority_id, competence)
);

create table authority_network_AUD (
    REVTYPE smallint,
    REV bigint not null,
    authority_id bigint not null,
    network varchar(200) not null,
    primary key (REV, authority_id, network)
);

create table contact_channel_AUD (
    REVTYPE smallint not null,
    position integer not null,
    REV bigint not null,
    contact_id bigint not null,
    channel_type varchar(30),
    address varchar(500),
    primary key (REVTYPE, position, REV, contact_id)
);

create table contact_competence_AUD (
    REVTYPE smallint,
    REV bigint not null,
    contact_id bigint not null,
    competence varchar(40) not null,
    primary key (REV, contact_id, competence)
);

create table contact_language_AUD (
    REVTYPE smallint,
    language varchar(2) not null,
    REV bigint not null,
    contact_id bigint not null,
    primary key (language, REV, contact_id)
);

create table contact_network_AUD (
    REVTYPE smallint,
    REV bigint not null,
    contact_id bigint not null,
    network varchar(200) not null,
    primary key (REV, contact_id, network)
);

create table contact_point_AUD (
    REVTYPE smallint,
    lastVerified date,
    REV bigint not null,
    authority_id bigint,
    createdAt timestamp(6) with time zone,
    id bigint not null,
    updatedAt timestamp(6) with time zone,
    phone varchar(20),
    status varchar(20),
    visibility varchar(20),
    entry_key varchar(100),
    updatedBy varchar(100),
    personName varchar(200),
    role varchar(300),
    email varchar(320),
    primary key (REV, id)
);

create table good_practice_AUD (
    REVTYPE smallint,
    country varchar(2),
    source_year integer,
    REV bigint not null,
    createdAt timestamp(6) with time zone,
    id bigint not null,
    updatedAt timestamp(6) with time zone,
    status varchar(20),
    visibility varchar(20),
    source_type varchar(30),
    entry_key varchar(100),
    updatedBy varchar(100),
    source_questionnaire varchar(300),
    source_respondent varchar(300),
    title varchar(300),
    summary varchar(2000),
    body varchar(100000),
    primary key (REV, id)
);

create table network_resource_AUD (
    REVTYPE smallint,
    REV bigint not null,
    createdAt timestamp(6) with time zone,
    id bigint not null,
    updatedAt timestamp(6) with time zone,
    access varchar(20),
    status varchar(20),
    visibility varchar(20),
    kind varchar(30),
    acronym varchar(50),
    entry_key varchar(100),
    updatedBy varchar(100),
    name varchar(300),
    operator varchar(300),
    url varchar(2000),
    description varchar(20000),
    primary key (REV, id)
);

create table practice_answer_AUD (
    REVTYPE smallint not null,
    choice varchar(3),
    position integer not null,
    question varchar(4),
    REV bigint not null,
    practice_id bigint not null,
    options varchar(4000),
    prompt varchar(5000),
    answer varchar(50000),
    primary key (REVTYPE, position, REV, practice_id)
);

create table practice_challenge_AUD (
    REVTYPE smallint,
    REV bigint not null,
    practice_id bigint not null,
    challenge varchar(40) not null,
    primary key (REV, practice_id, challenge)
);

create table practice_ict_AUD (
    REVTYPE smallint,
    REV bigint not null,
    practice_id bigint not null,
    ict_category varchar(40) not null,
    primary key (REV, practice_id, ict_category)
);

create table resource_ict_AUD (
    REVTYPE smallint,
    REV bigint not null,
    resource_id bigint not null,
    ict_category varchar(40) not null,
    primary key (REV, resource_id, ict_category)
);

create table revision (
    id bigint not null,
    rev_timestamp bigint not null,
    username varchar(100),
    primary key (id)
);

alter table authority_AUD
    add constraint fk_authority_aud_rev
    foreign key (REV)
    references revision;

alter table authority_competence_AUD
    add constraint fk_authority_competence_aud_rev
    foreign key (REV)
    references revision;

alter table authority_network_AUD
    add constraint fk_authority_network_aud_rev
    foreign key (REV)
    references revision;

alter table contact_channel_AUD
    add constraint fk_contact_channel_aud_rev
    foreign key (REV)
    references revision;

alter table contact_competence_AUD
    add constraint fk_contact_competence_aud_rev
    foreign key (REV)
    references revision;

alter table contact_language_AUD
    add constraint fk_contact_language_aud_rev
    foreign key (REV)
    references revision;

alter table contact_network_AUD
    add constraint fk_contact_network_aud_rev
    foreign key (REV)
    references revision;

alter table contact_point_AUD
    add constraint fk_contact_point_aud_rev
    foreign key (REV)
    references revision;

alter table good_practice_AUD
    add constraint fk_good_practice_aud_rev
    foreign key (REV)
    references revision;

alter table network_resource_AUD
    add constraint fk_network_resource_aud_rev
    foreign key (REV)
    references revision;

alter table practice_answer_AUD
    add constraint fk_practice_answer_aud_rev
    foreign key (REV)
    references revision;

alter table practice_challenge_AUD
    add constraint fk_practice_challenge_aud_rev
    foreign key (REV)
    references revision;

alter table practice_ict_AUD
    add constraint fk_practice_ict_aud_rev
    foreign key (REV)
    references revision;

alter table resource_ict_AUD
    add constraint fk_resource_ict_aud_rev
    foreign key (REV)
    references revision;
