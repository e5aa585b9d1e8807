/**
 * Editorial use cases: the workflow and forms' saving with version checks ({@code EditorialService}), audit history,
 * importing and exporting exchange documents, reports of outdated entries, the freshness dashboard, publishing a
 * reviewed questionnaire, and the demo data ({@code DemoDataAtStartup}).
 */
package org.liaisonhub.editorial.application;
