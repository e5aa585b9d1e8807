-- Liaison's first schema, generated from the entities with Hibernate ORM 6.6's schema export and then
-- reviewed by hand: constraints named, and enums stored as plain varchar without check constraints (the
-- application validates enum values; adding one must not need a migration). PostgreSQLDialect and H2Dialect
-- differed only there (H2Dialect makes native ENUM columns), so this one file serves both databases.
-- Migrations that differ per database live in db/migration/h2 and db/migration/postgresql, under the same
-- version number in each. Never edit a released migration: add V<n+1>__… instead.

-- One sequence per entity, as Hibernate 6 names them (<table>_SEQ); ids are allocated 50 at a time
-- (the pooled optimizer), so the increment must stay 50.
create sequence authority_SEQ start with 1 increment by 50;
create sequence contact_point_SEQ start with 1 increment by 50;
create sequence good_practice_SEQ start with 1 increment by 50;
create sequence network_resource_SEQ start with 1 increment by 50;

create table app_flag (
    flag_name varchar(100) not null,
    setAt timestamp(6) with time zone not null,
    constraint pk_app_flag primary key (flag_name)
);

create table authority (
    id bigint not null,
    createdAt timestamp(6) with time zone not null,
    entry_key varchar(100) not null,
    updatedAt timestamp(6) with time zone not null,
    version bigint not null,
    visibility varchar(20) not null,
    country varchar(2) not null,
    description varchar(20000),
    kind varchar(40) not null,
    localName varchar(300),
    name varchar(300) not null,
    website varchar(2000),
    constraint pk_authority primary key (id),
    constraint uk_authority_entry_key unique (entry_key)
);

create table authority_competence (
    authority_id bigint not null,
    competence varchar(40) not null,
    constraint pk_authority_competence primary key (authority_id, competence),
    constraint fk_authority_competence_authority foreign key (authority_id) references authority
);

create table authority_network (
    authority_id bigint not null,
    network varchar(200) not null,
    constraint pk_authority_network primary key (authority_id, network),
    constraint fk_authority_network_authority foreign key (authority_id) references authority
);

create table contact_point (
    id bigint not null,
    createdAt timestamp(6) with time zone not null,
    entry_key varchar(100) not null,
    updatedAt timestamp(6) with time zone not null,
    version bigint not null,
    visibility varchar(20) not null,
    email varchar(320),
    lastVerified date,
    personName varchar(200),
    phone varchar(20),
    role varchar(300) not null,
    authority_id bigint not null,
    constraint pk_contact_point primary key (id),
    constraint uk_contact_point_entry_key unique (entry_key),
    constraint fk_contact_point_authority foreign key (authority_id) references authority
);

create table contact_channel (
    contact_id bigint not null,
    address varchar(500) not null,
    channel_type varchar(30) not null,
    position integer not null,
    constraint pk_contact_channel primary key (contact_id, position),
    constraint fk_contact_channel_contact foreign key (contact_id) references contact_point
);

create table contact_competence (
    contact_id bigint not null,
    competence varchar(40) not null,
    constraint pk_contact_competence primary key (contact_id, competence),
    constraint fk_contact_competence_contact foreign key (contact_id) references contact_point
);

create table contact_language (
    contact_id bigint not null,
    language varchar(2) not null,
    constraint pk_contact_language primary key (contact_id, language),
    constraint fk_contact_language_contact foreign key (contact_id) references contact_point
);

create table contact_network (
    contact_id bigint not null,
    network varchar(200) not null,
    constraint pk_contact_network primary key (contact_id, network),
    constraint fk_contact_network_contact foreign key (contact_id) references contact_point
);

create table network_resource (
    id bigint not null,
    createdAt timestamp(6) with time zone not null,
    entry_key varchar(100) not null,
    updatedAt timestamp(6) with time zone not null,
    version bigint not null,
    visibility varchar(20) not null,
    access varchar(20) not null,
    acronym varchar(50),
    description varchar(20000),
    kind varchar(30) not null,
    name varchar(300) not null,
    operator varchar(300),
    url varchar(2000),
    constraint pk_network_resource primary key (id),
    constraint uk_network_resource_entry_key unique (entry_key)
);

create table resource_ict (
    resource_id bigint not null,
    ict_category varchar(40) not null,
    constraint pk_resource_ict primary key (resource_id, ict_category),
    constraint fk_resource_ict_resource foreign key (resource_id) references network_resource
);

create table good_practice (
    id bigint not null,
    createdAt timestamp(6) with time zone not null,
    entry_key varchar(100) not null,
    updatedAt timestamp(6) with time zone not null,
    version bigint not null,
    visibility varchar(20) not null,
    body varchar(100000),
    country varchar(2) not null,
    source_type varchar(30),
    source_questionnaire varchar(300),
    source_respondent varchar(300),
    source_year integer,
    summary varchar(2000),
    title varchar(300) not null,
    constraint pk_good_practice primary key (id),
    constraint uk_good_practice_entry_key unique (entry_key)
);

create table practice_answer (
    practice_id bigint not null,
    answer varchar(50000),
    choice varchar(3),
    options varchar(4000),
    prompt varchar(5000),
    question varchar(4) not null,
    position integer not null,
    constraint pk_practice_answer primary key (practice_id, position),
    constraint fk_practice_answer_practice foreign key (practice_id) references good_practice
);

create table practice_challenge (
    practice_id bigint not null,
    challenge varchar(40) not null,
    constraint pk_practice_challenge primary key (practice_id, challenge),
    constraint fk_practice_challenge_practice foreign key (practice_id) references good_practice
);

create table practice_ict (
    practice_id bigint not null,
    ict_category varchar(40) not null,
    constraint pk_practice_ict primary key (practice_id, ict_category),
    constraint fk_practice_ict_practice foreign key (practice_id) references good_practice
);
