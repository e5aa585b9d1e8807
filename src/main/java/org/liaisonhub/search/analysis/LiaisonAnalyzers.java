package org.liaisonhub.search.analysis;

/**
 * Names of the analyzers and normalizers every backend's analysis configurer must define. Entities refer to
 * these constants only, so the mapping stays the same whichever backend is configured.
 */
public final class LiaisonAnalyzers {

    /** Names, acronyms, local names: any script, case- and diacritic-insensitive, no stemming. */
    public static final String NAME = "liaison_name";

    /** Descriptions, summaries, answers: like {@link #NAME} plus light stemming. */
    public static final String TEXT = "liaison_text";

    /** Keyword normalizer for sorting and for case-insensitive keyword matching. */
    public static final String SORT = "liaison_sort";

    private LiaisonAnalyzers() {
    }
}
