/**
 * Questionnaire intake's library: turning an answered UNODC questionnaire (plain text or Markdown, and through text
 * extraction DOCX and PDF) into answers kept per question ({@code MappedAnswer}), for an editor to review and
 * publish. {@code DocumentText} picks the reader ({@code PlainText}, {@code TikaText} with
 * {@code MarkdownContentHandler}); {@code QuestionnaireParser} finds the questions ({@code QuestionLocator},
 * {@code FoldedText}) and reads each answer ({@code YesNoMark}, {@code AnswerText}). Plain classes, no container:
 * {@code practices.application.IntakeService} is the use case that calls them.
 */
package org.liaisonhub.practices.intake;
