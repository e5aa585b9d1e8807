package org.liaisonhub.search.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.SearchException;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;

/**
 * Typo tolerance and did-you-mean from one look at the index's term dictionary: a word of the query that some
 * field has as typed is no typo and costs nothing more; only a word the index does not know gets fuzzy clauses
 * (one or two edits, {@link Typos}) and its closest known word as a correction. The look-up reads the index's
 * reader of the search scope before the query is built (a few term seeks per word, no search), so the query can
 * leave unknown words out of its minimum number of words and give fuzzy clauses to them alone.
 * <p>
 * The dictionary is the whole index's: a correction is only offered after a search shows that the corrected text
 * has hits the viewer may see (CatalogSearchService), so it never names what the viewer may not see.
 */
final class Spelling {

    /** Fields a misspelt word is matched on with edits (names and the whole text). */
    static final List<String> FUZZY_FIELDS = List.of("title", "acronym", "localName", LiaisonSearchMapping.WORDS);
    /** Queries longer than this get typo tolerance but no did-you-mean (as before: a sentence is no misspelling). */
    static final int MAX_CORRECTED_WORDS = 8;

    private static final String LUCENE_BACKEND = "org.hibernate.search.backend.lucene.LuceneBackend";

    private final List<String> words;
    private Map<String, String> corrections; // unknown word → closest known word, or itself when none is close
    private Map<String, List<TermDictionary.Candidate>>
            candidates; // unknown word → known words within its typo allowance

    /** The words not looked up (a search server's backend): every word counts as known, {@link #lookedUp()} is false. */
    static Spelling notLookedUp(List<String> words) {
        return new Spelling(words);
    }

    Spelling(List<String> words) {
        this.words = List.copyOf(words);
    }

    /**
     * The words looked up in the index of {@code scope}, which must be on the embedded Lucene backend
     * ({@link #embeddedLucene}): on a node configured for a search server the Lucene backend's classes are not
     * there, and naming {@code LuceneExtension} fails with NoClassDefFoundError.
     */
    static Spelling lookUp(SearchScope<?> scope, List<String> words) {
        Spelling spelling = new Spelling(words);
        if (words.isEmpty()) {
            return spelling;
        }
        LuceneIndexScope lucene;
        try {
            lucene = scope.extension(LuceneExtension.get());
        } catch (SearchException e) {
            return spelling; // not the embedded Lucene backend after all: every word counts as known
        }
        try (IndexReader reader = lucene.openIndexReader()) {
            spelling.lookUp(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index's term dictionary", e);
        }
        return spelling;
    }

    /**
     * Whether {@code mapping} runs on the embedded Lucene backend, found out without loading that backend's
     * classes: on a node configured for a search server (docs/operations.md) they are not on the class path.
     */
    static boolean embeddedLucene(SearchMapping mapping) {
        Backend backend = mapping.backend();
        try {
            return Class.forName(LUCENE_BACKEND, false, Spelling.class.getClassLoader())
                    .isInstance(backend);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether the dictionary was read (false on a backend without native Lucene queries). */
    synchronized boolean lookedUp() {
        return corrections != null;
    }

    /** The words of the query the index does not have, in query order. */
    synchronized List<String> unknownWords() {
        return corrections == null ? List.of() : List.copyOf(corrections.keySet());
    }

    /** The query with each unknown word replaced by its closest known word; empty when nothing changed. */
    synchronized Optional<String> corrected() {
        if (corrections == null || words.size() > MAX_CORRECTED_WORDS) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            String correction = corrections.getOrDefault(word, word);
            changed |= !correction.equals(word);
            out.add(correction);
        }
        return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    /**
     * The query as the user typed it with each unknown word replaced by its closest known word, in the typed word's
     * case ("Tremma" → "Threema", "TREMMA" → "THREEMA"); the other words keep their spelling, accents included.
     * Empty when nothing changed.
     */
    synchronized Optional<String> corrected(String typed) {
        if (corrected().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Highlights.Token token :
                Highlights.tokens(LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY), typed)) {
            String correction = corrections.get(token.term());
            if (correction == null || correction.equals(token.term()) || token.start() < copied) {
                continue;
            }
            out.append(typed, copied, token.start())
                    .append(inCaseOf(typed.substring(token.start(), token.end()), correction));
            copied = token.end();
        }
        out.append(typed.substring(copied));
        String result = out.toString();
        return result.equals(typed) ? Optional.empty() : Optional.of(result);
    }

    /** {@code word} in the case of {@code typed}: all capitals, a capital first letter, or as the dictionary has it. */
    static String inCaseOf(String typed, String word) {
        long letters = typed.codePoints().filter(Character::isLetter).count();
        if (letters > 1 && typed.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (!typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0)) && !word.isEmpty()) {
            int first = word.codePointAt(0);
            return new StringBuilder()
                    .appendCodePoint(Character.toTitleCase(first))
                    .append(word, Character.charCount(first), word.length())
                    .toString();
        }
        return word;
    }

    /** Reads the dictionary: which words it lacks, and their corrections. */
    synchronized void lookUp(IndexReader reader) throws IOException {
        if (corrections != null) {
            return;
        }
        Map<String, String> found = new LinkedHashMap<>();
        Map<String, List<TermDictionary.Candidate>> near = new LinkedHashMap<>();
        for (String word : words) {
            if (!found.containsKey(word) && !TermDictionary.known(reader, word)) {
                List<TermDictionary.Candidate> within = new ArrayList<>();
                found.put(word, TermDictionary.closest(reader, word, within));
                near.put(word, within);
            }
        }
        corrections = found;
        candidates = near;
    }

    /**
     * A native Lucene query: the typo clauses of the unknown words that may have typos (none for codes and short
     * words), weighted {@code boost}; null when there are none. The known words within each word's allowance were
     * found by the dictionary look-up already, so each field gets one blended query over those words (as a
     * {@code FuzzyQuery} scores its expansions: one document frequency for all, closer words weighing more)
     * instead of a {@code FuzzyQuery} that builds its Levenshtein automata and walks the dictionary again per field
     * and segment.
     */
    synchronized Query fuzzyClauses(float boost) {
        if (candidates == null) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, List<TermDictionary.Candidate>> word : candidates.entrySet()) {
            if (word.getValue().isEmpty()) {
                continue;
            }
            int length = word.getKey().codePointCount(0, word.getKey().length());
            for (String field : FUZZY_FIELDS) {
                SynonymQuery.Builder blended = new SynonymQuery.Builder(field);
                for (TermDictionary.Candidate candidate : word.getValue()) {
                    // FuzzyQuery's weight of an expansion: 1 - edits / length of the shorter word.
                    int shorter = Math.min(
                            length,
                            candidate.term().codePointCount(0, candidate.term().length()));
                    blended.addTerm(
                            new BytesRef(candidate.term()), Math.max(0.1f, 1f - candidate.edits() / (float) shorter));
                }
                any.add(blended.build(), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : new BoostQuery(any.build(), boost);
    }

    /** The known words the typo clauses match (of every unknown word); null when the dictionary was not read. */
    synchronized Set<String> typoMatches() {
        if (candidates == null) {
            return null;
        }
        Set<String> out = new HashSet<>();
        candidates.values().forEach(list -> list.forEach(candidate -> out.add(candidate.term())));
        return out;
    }
}
