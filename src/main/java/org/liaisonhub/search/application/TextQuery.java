package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;

/**
 * The text part of a search, lean (docs/search.md "The query"): the words as typed over the weighted name fields
 * and the combined text in English and in the languages of the query's script, with a minimum number of words to
 * match from three known words on; the synonym list's alternatives in one clause; entries that have every word (as
 * typed or said otherwise) above the others; fuzzy clauses only for words the index does not know ({@link Spelling}).
 */
final class TextQuery {

    /** Weight of the combined text in another language than English, relative to the English one. */
    static final float LANGUAGE_WEIGHT = 0.2f;
    /** Weight of the whole query in other words (synonyms) relative to the words as typed. */
    static final float SYNONYM_WEIGHT = 0.6f;
    /** Extra weight of an entry that has every word of the query. */
    static final float ALL_WORDS_WEIGHT = 1f;
    /** Weight of a word matched with a typo; far below any exact match. */
    static final float TYPO_WEIGHT = 0.15f;

    /** Field → weight: names carry the weights; the combined text is one field for everything else. */
    static final Map<String, Float> FIELDS = fields();

    /**
     * The fields the synonyms' alternatives and the whole query said otherwise are matched on: the names (folded and
     * stemmed, the entry's and a contact point's authority's), the country's names and the combined text; not the
     * exact (unfolded) copies, the network and operator names. Each word of such a clause is a term query per field, and the alternatives of a query like
     * "mutual legal assistance asset recovery" run into the hundreds of words: on every field of {@link #FIELDS} they
     * were most of the query's cost (docs/benchmarks.md).
     */
    static final List<String> SYNONYM_FIELDS = List.of(
            "acronym",
            "title",
            "title_text",
            "localName",
            "localName_text",
            "authority.title",
            "authority.localName",
            "country_text",
            LiaisonSearchMapping.TEXT);

    private static final Set<SimpleQueryFlag> FLAGS = EnumSet.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE);
    /** Characters that make a query more than a list of words: then it is taken as written, no minimum. */
    private static final String OPERATORS = "\"+-|()";

    private TextQuery() {}

    private static Map<String, Float> fields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("acronym", 6f);
        fields.put("acronym_exact", 2f);
        fields.put("title", 5f);
        fields.put("title_exact", 2.5f);
        fields.put("localName", 4f);
        fields.put("localName_exact", 2.5f);
        fields.put("authority.title", 2f);
        fields.put("authority.localName", 2f);
        fields.put("network_text", 1.5f);
        fields.put("country_text", 3f);
        fields.put("operator", 1f);
        fields.put("title_text", 2f);
        fields.put("localName_text", 1.5f);
        fields.put(LiaisonSearchMapping.TEXT, 1.5f);
        return Collections.unmodifiableMap(fields);
    }

    /**
     * What a text query is made of, worked out once per search: the text, its folded words, the synonym list's
     * alternatives for parts of it, the whole query said otherwise, and the language copies its script allows.
     */
    record Plan(
            String text, List<String> words, List<String> alternatives, List<String> variants, List<String> languages) {

        static Plan of(String text, Synonyms synonyms) {
            if (text.isEmpty()) {
                return new Plan(text, List.of(), List.of(), List.of(), List.of());
            }
            return new Plan(
                    text,
                    CatalogSearchService.words(text),
                    synonyms.alternatives(text),
                    synonyms.variants(text),
                    QueryScripts.languages(text));
        }

        /** Whether the text is plain words (no quotes, operators or brackets). */
        boolean plainWords() {
            return text.chars().noneMatch(c -> OPERATORS.indexOf(c) >= 0);
        }
    }

    /**
     * The text predicate: any of the words as typed, the synonyms, every word, and (when {@code spelling} is given)
     * the words {@code spelling} found unknown with typos (every long word when it could not look), each at its
     * weight. An empty text matches everything.
     */
    static SearchPredicate predicate(SearchPredicateFactory f, Plan plan, Spelling spelling) {
        if (plan.text().isEmpty()) {
            return f.matchAll().toPredicate();
        }
        BooleanPredicateClausesStep<?> any = f.bool();
        // simpleQueryString never fails on syntax: quotes, lone operators and stray brackets are taken as text.
        SimpleQueryStringPredicateOptionsStep<?> typed =
                weighted(f, 1f, plan.languages()).matching(plan.text()).flags(FLAGS);
        // Words the index does not have cannot match as typed: they do not count towards the minimum.
        int known = plan.text().split(" ").length
                - (spelling == null ? 0 : spelling.unknownWords().size());
        if (plan.plainWords() && known >= 3) {
            // "mutual legal assistance asset recovery" should not list everything that says "legal" once.
            typed.minimumShouldMatchNumber(minimumWords(known));
        }
        any.should(typed);
        if (!plan.alternatives().isEmpty()) {
            // One clause for every alternative (MLA has fifteen), weighted so they add up to less than the words
            // as typed; on the fields themselves, not the other languages' copies.
            float each = SYNONYM_WEIGHT / (float) Math.sqrt(plan.alternatives().size());
            any.should(weighted(f, each, List.of(), SYNONYM_FIELDS)
                    .matching(anyOf(plan.alternatives()))
                    .flags(FLAGS));
        }
        if (plan.words().size() > 1) {
            // "MLA Brazil" wants Brazil's MLA desk before every MLA desk.
            any.should(weighted(f, ALL_WORDS_WEIGHT, List.of())
                    .matching(plan.text())
                    .defaultOperator(BooleanOperator.AND)
                    .flags(FLAGS));
            if (!plan.variants().isEmpty()) {
                float each = ALL_WORDS_WEIGHT
                        * SYNONYM_WEIGHT
                        / (float) Math.sqrt(plan.variants().size());
                any.should(weighted(f, each, List.of(), SYNONYM_FIELDS)
                        .matching(eachAllWords(plan.variants()))
                        .defaultOperator(BooleanOperator.AND)
                        .flags(FLAGS));
            }
        }
        if (spelling != null && spelling.lookedUp()) {
            Query typos = spelling.fuzzyClauses(TYPO_WEIGHT);
            if (typos != null) {
                any.should(f.extension(LuceneExtension.get()).fromLuceneQuery(typos));
            }
        } else if (spelling != null) {
            any.should(fuzzyEveryWord(f, plan.words()));
        }
        return any.toPredicate();
    }

    /** Words that must match out of {@code terms}: all but one up to five words, then three in five. */
    static int minimumWords(int terms) {
        return terms <= 5 ? terms - 1 : (int) Math.ceil(terms * 0.6);
    }

    /** Phrases as one "any of" query string: {@code "mutual legal assistance" | "entraide judiciaire" | mla}. */
    static String anyOf(List<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String phrase : phrases) {
            out.add(phrase.contains(" ") ? "\"" + phrase + "\"" : phrase);
        }
        return String.join(" | ", out);
    }

    /** Whole queries as one query string, each needing all its words: {@code (a b) | (c d)}. */
    static String eachAllWords(List<String> queries) {
        List<String> out = new ArrayList<>();
        for (String query : queries) {
            out.add("(" + query + ")");
        }
        return String.join(" | ", out);
    }

    /** Without native Lucene queries (a search server): every word of four letters or more with typos. */
    private static BooleanPredicateClausesStep<?> fuzzyEveryWord(SearchPredicateFactory f, List<String> words) {
        BooleanPredicateClausesStep<?> any = f.bool();
        boolean none = true;
        for (String word : words) {
            int edits = Typos.maxEdits(word);
            if (edits > 0) {
                any.should(f.match()
                        .field("title")
                        .field("acronym")
                        .field("localName")
                        .field("summary")
                        .matching(word)
                        .fuzzy(edits, 1)
                        .boost(TYPO_WEIGHT));
                none = false;
            }
        }
        if (none) {
            any.should(f.matchNone());
        }
        return any;
    }

    private static SimpleQueryStringPredicateFieldMoreStep<?, ?> weighted(
            SearchPredicateFactory f, float factor, List<String> languages) {
        return weighted(f, factor, languages, List.copyOf(FIELDS.keySet()));
    }

    private static SimpleQueryStringPredicateFieldMoreStep<?, ?> weighted(
            SearchPredicateFactory f, float factor, List<String> languages, List<String> fields) {
        SimpleQueryStringPredicateFieldMoreStep<?, ?> step = null;
        for (String field : fields) {
            float weight = FIELDS.get(field) * factor;
            step = step == null
                    ? f.simpleQueryString().field(field).boost(weight)
                    : step.field(field).boost(weight);
        }
        float languageWeight = FIELDS.get(LiaisonSearchMapping.TEXT) * LANGUAGE_WEIGHT * factor;
        for (String language : languages) {
            step = step.field(LiaisonSearchMapping.TEXT + "_" + language).boost(languageWeight);
        }
        return step;
    }
}
