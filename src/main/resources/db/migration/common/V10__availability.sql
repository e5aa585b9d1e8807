-- Urgent requests (issue 17): when an authority or a contact point answers. aroundTheClock: a 24/7 route;
-- officeHours: weekly hours as typed ("Mon-Fri 08:00-16:30"); timeZoneId: an IANA zone ("Europe/Stockholm"),
-- empty for the country's only zone (a contact point: its authority's). Existing entries record none of it.
-- Same on H2 and PostgreSQL.
alter table authority add column aroundTheClock boolean;
alter table authority add column officeHours varchar(200);
alter table authority add column timeZoneId varchar(60);
alter table contact_point add column aroundTheClock boolean;
alter table contact_point add column officeHours varchar(200);
alter table contact_point add column timeZoneId varchar(60);

-- The audit history (V5) keeps every audited column, these too.
alter table authority_AUD add column aroundTheClock boolean;
alter table authority_AUD add column officeHours varchar(200);
alter table authority_AUD add column timeZoneId varchar(60);
alter table contact_point_AUD add column aroundTheClock boolean;
alter table contact_point_AUD add column officeHours varchar(200);
alter table contact_point_AUD add column timeZoneId varchar(60);
