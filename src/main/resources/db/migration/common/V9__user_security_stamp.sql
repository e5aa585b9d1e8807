-- A user's security stamp (security.domain.AppUser): a number that changes whenever their password, roles or
-- enabled flag change. A session remembers the stamp it signed in with; a different stamp ends it at the next
-- request. Existing users start at 0. Same on H2 and PostgreSQL.
alter table app_user add column security_stamp bigint default 0 not null;
