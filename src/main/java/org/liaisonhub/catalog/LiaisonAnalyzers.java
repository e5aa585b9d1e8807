package org.liaisonhub.catalog;

import java.util.List;

/**
 * Names of the analyzers and normalizers every backend's analysis configurer must define (search.analysis).
 * Entities refer to these constants only, so the mapping stays the same whichever backend is configured; they live
 * in the kernel so that the content packages depend on nothing above it.
 */
public final class LiaisonAnalyzers {

    /** Names, acronyms, local names: any script, case-insensitive, folded tokens next to the original ones. */
    public static final String NAME = "liaison_name";

    /** Names as written (lowercased only), so the exact form of a name ranks above its folded form. */
    public static final String NAME_EXACT = "liaison_name_exact";

    /** Descriptions, summaries, answers: folded and stemmed for English (the default field). */
    public static final String TEXT = "liaison_text";

    /** Edge n-grams of folded name words, for suggestions as you type ("aklag", "threem"). */
    public static final String SUGGEST = "liaison_suggest";

    /** Query side of {@link #SUGGEST}: the folded words, not their n-grams. */
    public static final String SUGGEST_QUERY = "liaison_suggest_query";

    /** Keyword normalizer for sorting and for case-insensitive keyword matching. */
    public static final String SORT = "liaison_sort";

    /**
     * The languages with their own analysed copy of each text field ({@code summary_fr}, {@code body_ru}, …),
     * besides English, which the plain field ({@link #TEXT}) covers.
     */
    public static final List<String> LANGUAGES = List.of("fr", "es", "pt", "de", "sv", "ru", "ar", "zh");

    /** The analyzer of a language's copy of a text field, e.g. {@code liaison_text_fr}. */
    public static String text(String language) {
        return TEXT + "_" + language;
    }

    private LiaisonAnalyzers() {}
}
