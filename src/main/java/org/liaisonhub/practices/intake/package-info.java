/**
 * Questionnaire intake: turning an answered UNODC questionnaire (plain text or Markdown, and through text
 * extraction DOCX and PDF) into answers kept per question, for an editor to review and publish.
 */
package org.liaisonhub.practices.intake;
