-- Procedure sheets become the fifth kind of entry (issue 17): they share CatalogEntry's identity, workflow and
-- "saved by" columns with the other four, so the editor forms, the workflow and the history treat them alike.
alter table procedure_sheet add column updatedBy varchar(100);
alter table procedure_sheet_AUD add column updatedBy varchar(100);
