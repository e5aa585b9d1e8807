-- Who may see a contact point's personal details (person name and direct phone): PUBLIC (whoever sees the
-- contact point) or MEMBERS / RESTRICTED (only viewers who see that level; the contact point itself may be
-- public). Existing contacts keep showing them as before. Same on H2 and PostgreSQL.
alter table contact_point add column personalDetailsVisibility varchar(20) default 'PUBLIC' not null;

-- The audit history (V5) keeps every audited column of a contact point, this one too.
alter table contact_point_AUD add column personalDetailsVisibility varchar(20);
