-- Country procedure sheets (issue 17, directory.domain.ProcedureSheet): how one country wants one kind of request
-- (MLA, EIO, extradition, asset recovery, informal exchange…) sent to it, one sheet per country and kind; the
-- channels and languages it accepts, in its order of preference; and their audit history (Envers *_AUD tables,
-- REVTYPE tinyint as in V5). Generated from the mapping with Hibernate ORM 6.6's schema export, enums made plain
-- varchar without check constraints as in V1, constraints named. H2 and PostgreSQL differ only in REVTYPE's type.

create sequence procedure_sheet_SEQ start with 1 increment by 50;

create table procedure_sheet (
    id bigint not null,
    entry_key varchar(100) not null,
    country varchar(2) not null,
    request_kind varchar(40) not null,
    authority_key varchar(100) not null,
    languageNote varchar(2000),
    encryptionRequired boolean,
    eSignatureRequired boolean,
    doubleCriminality varchar(30),
    timeLimitDays integer,
    timeLimits varchar(2000),
    evidenceUseLimits varchar(4000),
    modelFormUrl varchar(2000),
    lastVerified date,
    visibility varchar(20) not null,
    status varchar(20) not null,
    version bigint not null,
    createdAt timestamp(6) with time zone not null,
    updatedAt timestamp(6) with time zone not null,
    constraint pk_procedure_sheet primary key (id),
    constraint uk_procedure_sheet_key unique (entry_key),
    constraint uk_procedure_sheet_country_request unique (country, request_kind)
);

create table procedure_sheet_channel (
    sheet_id bigint not null,
    position integer not null,
    channel_type varchar(30) not null,
    detail varchar(500),
    constraint pk_procedure_sheet_channel primary key (position, sheet_id),
    constraint fk_procedure_sheet_channel_sheet foreign key (sheet_id) references procedure_sheet (id)
);

create table procedure_sheet_language (
    sheet_id bigint not null,
    position integer not null,
    language varchar(2) not null,
    constraint pk_procedure_sheet_language primary key (position, sheet_id),
    constraint fk_procedure_sheet_language_sheet foreign key (sheet_id) references procedure_sheet (id)
);

create table procedure_sheet_AUD (
    REV bigint not null,
    REVTYPE tinyint,
    id bigint not null,
    entry_key varchar(100),
    country varchar(2),
    request_kind varchar(40),
    authority_key varchar(100),
    languageNote varchar(2000),
    encryptionRequired boolean,
    eSignatureRequired boolean,
    doubleCriminality varchar(30),
    timeLimitDays integer,
    timeLimits varchar(2000),
    evidenceUseLimits varchar(4000),
    modelFormUrl varchar(2000),
    lastVerified date,
    visibility varchar(20),
    status varchar(20),
    createdAt timestamp(6) with time zone,
    updatedAt timestamp(6) with time zone,
    constraint pk_procedure_sheet_aud primary key (REV, id),
    constraint fk_procedure_sheet_aud_rev foreign key (REV) references revision
);

create table procedure_sheet_channel_AUD (
    REV bigint not null,
    REVTYPE tinyint not null,
    sheet_id bigint not null,
    position integer not null,
    channel_type varchar(30),
    detail varchar(500),
    constraint pk_procedure_sheet_channel_aud primary key (REVTYPE, position, REV, sheet_id),
    constraint fk_procedure_sheet_channel_aud_rev foreign key (REV) references revision
);

create table procedure_sheet_language_AUD (
    REV bigint not null,
    REVTYPE tinyint,
    sheet_id bigint not null,
    position integer not null,
    language varchar(2) not null,
    constraint pk_procedure_sheet_language_aud primary key (language, position, REV, sheet_id),
    constraint fk_procedure_sheet_language_aud_rev foreign key (REV) references revision
);
