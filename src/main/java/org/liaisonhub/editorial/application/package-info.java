/**
 * Editorial use cases: the workflow and forms' saving with version checks ({@code EditorialService}), audit history,
 * checking what editors type ({@code EntryValidation}), importing (planned by {@code ImportPlanner}, written by
 * {@code ImportWriter}) and exporting exchange documents, reports of outdated entries, the freshness dashboard,
 * publishing a reviewed questionnaire, and the demo data ({@code DemoDataAtStartup}).
 */
package org.liaisonhub.editorial.application;
