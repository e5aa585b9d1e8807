/**
 * Editors' pages: the dashboard by workflow status, the entry page ({@code EntryEditView}, with one form per kind of
 * entry behind the sealed {@code EntryForm}: {@code AuthorityForm}, {@code ContactForm}, {@code ResourceForm},
 * {@code PracticeForm}), the history page, safe rich text; the questionnaire intake review ({@code IntakeReviewView}
 * and its forms, over {@code practices}' {@code IntakeService}), the freshness dashboard, the queue of outdated-entry
 * reports; the "report outdated" form on detail pages.
 */
package org.liaisonhub.editorial.web;
