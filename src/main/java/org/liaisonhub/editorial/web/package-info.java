/**
 * Editors' pages: the dashboard by workflow status, the entry form, the history page, safe rich text; the
 * questionnaire intake review ({@code IntakeReviewView} and its forms, over {@code practices}' {@code IntakeService}),
 * the freshness dashboard, the queue of outdated-entry reports; the "report outdated" form on detail pages.
 */
package org.liaisonhub.editorial.web;
