package org.liaisonhub.search.application;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;

/**
 * The index's term dictionary, as {@link Spelling} reads it: whether a folded word is known, and which known words
 * are close to an unknown one. Term seeks and one fuzzy walk per unknown word; no search.
 */
final class TermDictionary {

    /** Fields whose terms are the folded words as typed: a word in any of them is known. */
    static final List<String> KNOWN_FIELDS = List.of(
            LiaisonSearchMapping.WORDS,
            "title",
            "acronym",
            "localName",
            "country_text",
            "network_text",
            "operator",
            "authority.title",
            "authority.localName");
    /** Fields corrections are taken from: words people read on the entries. */
    static final List<String> CORRECTION_FIELDS = List.of(LiaisonSearchMapping.WORDS, "acronym");
    /** Known words a misspelt word is matched with, at most this many per word (the most frequent first). */
    static final int MAX_TYPO_CANDIDATES = 50;

    /** A known word within a misspelt word's typo allowance ({@link Typos#maxEdits}), with its frequency. */
    record Candidate(String term, int edits, int frequency) {}

    private TermDictionary() {}

    static boolean known(IndexReader reader, String word) throws IOException {
        if (word.chars().anyMatch(Character::isDigit)) {
            return true; // codes are meant exactly: never a typo, never corrected
        }
        for (String field : KNOWN_FIELDS) {
            if (reader.docFreq(new Term(field, word)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The known word fewest edits away (up to 1 below four letters, else 2), the most frequent on a tie; adds to
     * {@code within} the known words inside the word's typo allowance ({@link Typos#maxEdits}, same first letter),
     * at most {@value #MAX_TYPO_CANDIDATES}, the most frequent first.
     */
    static String closest(IndexReader reader, String word, List<Candidate> within) throws IOException {
        int max = word.codePointCount(0, word.length()) < 4 ? 1 : 2;
        int allowed = Typos.maxEdits(word);
        Map<String, Candidate> near = new HashMap<>();
        String best = word;
        int bestDistance = max + 1;
        int bestFrequency = 0;
        for (String field : CORRECTION_FIELDS) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(field, word), max, 0, true);
            for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
                String candidate = term.utf8ToString();
                int distance = Typos.distance(word, candidate, max);
                int frequency = candidates.docFreq();
                if (distance <= allowed && candidate.codePointAt(0) == word.codePointAt(0)) {
                    near.merge(
                            candidate,
                            new Candidate(candidate, distance, frequency),
                            (a, b) -> new Candidate(a.term(), a.edits(), a.frequency() + b.frequency()));
                }
                if (distance < bestDistance || distance == bestDistance && frequency > bestFrequency) {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }
        near.values().stream()
                .sorted(Comparator.comparingInt(Candidate::frequency).reversed().thenComparing(Candidate::term))
                .limit(MAX_TYPO_CANDIDATES)
                .forEach(within::add);
        return best;
    }
}
