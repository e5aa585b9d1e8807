-- Content of a database made by the first migration set (V1), written as that schema stores it: one entry of
-- each kind, with every collection filled. SchemaUpgradeIT loads it, starts the current build on it and expects
-- the same content back (v1-content.json). Plain SQL that H2 and PostgreSQL both read; ids far above what
-- Hibernate's sequences hand out.
insert into authority (id, createdAt, entry_key, updatedAt, version, visibility, country, description, kind, localName, name, website)
values (900001, timestamp with time zone '2026-01-15 09:30:00+00', 'v1-authority', timestamp with time zone '2026-02-01 16:45:00+00', 3,
        'PUBLIC', 'PT', 'Directs criminal investigations into corruption; central authority for MLA requests.', 'PROSECUTION',
        'Procuradoria-Geral da República', 'Prosecutor General of Portugal vonewordalpha', 'https://www.ministeriopublico.pt');
insert into authority_network (authority_id, network) values (900001, 'GlobE');
insert into authority_network (authority_id, network) values (900001, 'EJN');
insert into authority_competence (authority_id, competence) values (900001, 'MLA');
insert into authority_competence (authority_id, competence) values (900001, 'EIO');

insert into contact_point (id, createdAt, entry_key, updatedAt, version, visibility, email, lastVerified, personName, phone, role, authority_id)
values (900002, timestamp with time zone '2026-01-15 09:31:00+00', 'v1-contact', timestamp with time zone '2026-01-15 09:31:00+00', 0,
        'PUBLIC', 'cooperacao@example.pt', date '2026-01-10', 'Inês Guimarães', '+351213921900',
        'International cooperation desk vonewordbeta', 900001);
insert into contact_language (contact_id, language) values (900002, 'pt');
insert into contact_language (contact_id, language) values (900002, 'en');
insert into contact_channel (contact_id, address, channel_type, position) values (900002, 'pgr-globe', 'GLOBE_THREEMA', 0);
insert into contact_channel (contact_id, address, channel_type, position) values (900002, 'mla@example.pt', 'EMAIL', 1);
insert into contact_competence (contact_id, competence) values (900002, 'MLA');
insert into contact_network (contact_id, network) values (900002, 'GlobE');

insert into network_resource (id, createdAt, entry_key, updatedAt, version, visibility, access, acronym, description, kind, name, operator, url)
values (900003, timestamp with time zone '2026-01-15 09:32:00+00', 'v1-resource', timestamp with time zone '2026-01-15 09:32:00+00', 1,
        'PUBLIC', 'REGISTRATION', 'VONE', 'A case register vonewordgamma.', 'DATABASE', 'Register of requests', 'Eurojust',
        'https://example.org/register');
insert into resource_ict (resource_id, ict_category) values (900003, 'DATABASES');
insert into resource_ict (resource_id, ict_category) values (900003, 'SECURE_STORAGE');

insert into good_practice (id, createdAt, entry_key, updatedAt, version, visibility, body, country, source_type, source_questionnaire, source_respondent, source_year, summary, title)
values (900004, timestamp with time zone '2026-01-15 09:33:00+00', 'v1-practice', timestamp with time zone '2026-01-15 09:33:00+00', 0,
        'PUBLIC', null, 'PT', 'QUESTIONNAIRE_RESPONSE', 'CU 2023/187', 'Prosecutor General of Portugal', 2024,
        'How Portugal exchanges evidence.', 'Response of Portugal voneworddelta');
insert into practice_answer (practice_id, answer, choice, options, prompt, question, position)
values (900004, 'We use secure e-mail and videoconferences.', 'YES', 'Email
Videoconference', 'Which tools do you use?', '1', 0);
insert into practice_answer (practice_id, answer, choice, options, prompt, question, position)
values (900004, '', 'NO', null, 'Do you use AI?', '2', 1);
insert into practice_ict (practice_id, ict_category) values (900004, 'EMAIL_MESSAGING');
insert into practice_ict (practice_id, ict_category) values (900004, 'VIDEOCONFERENCE');
insert into practice_challenge (practice_id, challenge) values (900004, 'LEGAL_OBSTACLES');

insert into app_flag (flag_name, setAt) values ('demo-data-loaded', timestamp with time zone '2026-01-15 09:30:00+00');
