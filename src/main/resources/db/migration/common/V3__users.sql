-- Users who can sign in (security.domain.AppUser): a PBKDF2 hash per user, never the password, and the
-- roles granted. Same shape on H2 and PostgreSQL.
create sequence app_user_SEQ start with 1 increment by 50;

create table app_user (
    id bigint not null,
    createdAt timestamp(6) with time zone not null,
    enabled boolean not null,
    password_hash varchar(500) not null,
    username varchar(100) not null,
    version bigint not null,
    constraint pk_app_user primary key (id),
    constraint uk_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint not null,
    role varchar(20) not null,
    constraint pk_app_user_role primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user
);
