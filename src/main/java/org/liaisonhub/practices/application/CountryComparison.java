package org.liaisonhub.practices.application;

import java.io.Serializable;
import java.util.List;

/**
 * Two or more countries' answers side by side: one row per question (in questionnaire order), one cell per
 * country in the order asked; also what each country's practices report as ICTs and challenges.
 */
public record CountryComparison(
        List<String> countries, List<Row> rows, List<List<String>> ictCategories, List<List<String>> challenges)
        implements Serializable {

    /** One question; {@code cells.get(i)} is what {@code countries.get(i)} answered, or null. */
    public record Row(String question, String prompt, List<PracticeAnswerDetails> cells) implements Serializable {}
}
