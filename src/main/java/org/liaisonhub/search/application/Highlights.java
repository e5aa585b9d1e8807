package org.liaisonhub.search.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;

/**
 * Marks the words of a text that a query matched, with the index's own analyzers (so "requests" marks
 * "request", "прокуратуры" marks "прокуратура", a folded name marks the accented one), and escapes everything
 * else: the result is safe HTML whose only tags are {@code <mark>}. Done in the application because Lucene's
 * highlighter is not among WildFly's modules.
 */
final class Highlights {

    /** The analyzers this query's words are looked for with (see {@link #analyzerNames}). */
    private final List<String> names;

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    /** Analyzer → the query's terms under that analyzer. */
    private final Map<String, Set<String>> wanted = new HashMap<>();
    /** Folded query words long enough for a typo, matched with the same edit distances as the query. */
    private final List<String> fuzzy = new ArrayList<>();
    /** The known words the query's typo clauses match (from the dictionary look-up), or null: then {@link #fuzzy}. */
    private final Set<String> typoMatches;

    /** Marks words within the typo allowance of every query word (a backend whose dictionary was not read). */
    Highlights(Collection<String> queryTexts) {
        this(queryTexts, null);
    }

    /**
     * Marks the words the query's typo clauses matched, {@code typoMatches} (folded): a set look-up per word of
     * the text instead of an edit distance to every query word; null to fall back to edit distances.
     */
    Highlights(Collection<String> queryTexts, Set<String> typoMatches) {
        this.typoMatches = typoMatches == null ? null : Set.copyOf(typoMatches);
        names = analyzerNames(String.join(" ", queryTexts));
        for (String name : names) {
            Analyzer analyzer = LuceneAnalyzerChains.get(name);
            analyzers.put(name, analyzer);
            Set<String> terms = new HashSet<>();
            for (String text : queryTexts) {
                for (Token token : tokens(analyzer, text)) {
                    terms.add(token.term());
                }
            }
            wanted.put(name, terms);
        }
        for (String term : wanted.get(LiaisonAnalyzers.SUGGEST_QUERY)) {
            if (typoMatches == null && Typos.maxEdits(term) > 0) {
                fuzzy.add(term);
            }
        }
    }

    /**
     * Folded and English always; of the other languages only those written in the query's scripts, as the query
     * itself searches them ({@link QueryScripts}): each analyzer is one more pass over every summary on the page.
     */
    private static List<String> analyzerNames(String queryText) {
        List<String> names = new ArrayList<>(List.of(LiaisonAnalyzers.SUGGEST_QUERY, LiaisonAnalyzers.TEXT));
        QueryScripts.languages(queryText).forEach(language -> names.add(LiaisonAnalyzers.text(language)));
        return names;
    }

    /**
     * An excerpt of {@code text} around its first match, at most about {@link Snippets#LENGTH} characters, HTML
     * escaped, matched words in {@code <mark>}.
     */
    String snippet(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        boolean[] marked = new boolean[flat.length()];
        // Folded and English words over the whole text choose the excerpt; the other languages' stemmers (one pass
        // each, most of a page's highlighting time) then only read the excerpt: a match they alone would find further
        // on leaves the excerpt at the start, unmarked.
        int first = -1;
        for (String name : names.subList(0, Math.min(2, names.size()))) {
            first = mark(name, flat, 0, marked, first);
        }
        int start = 0;
        String prefix = "";
        if (first > Snippets.LENGTH - 60) {
            int space = flat.lastIndexOf(' ', Math.max(0, first - 60));
            start = space < 0 ? 0 : space + 1;
            prefix = start > 0 ? "…" : "";
        }
        if (names.size() > 2) {
            String excerpt = flat.substring(start, Math.min(flat.length(), start + Snippets.LENGTH + 40));
            for (String name : names.subList(2, names.size())) {
                mark(name, excerpt, start, marked, first);
            }
        }
        String window = Snippets.excerpt(flat.substring(start));
        int end = start + (window.endsWith("…") && !flat.endsWith("…") ? window.length() - 1 : window.length());
        StringBuilder out = new StringBuilder(prefix);
        boolean open = false;
        for (int i = start; i < end && i < flat.length(); i++) {
            if (marked[i] != open) {
                out.append(marked[i] ? "<mark>" : "</mark>");
                open = marked[i];
            }
            escape(flat.charAt(i), out);
        }
        if (open) {
            out.append("</mark>");
        }
        if (end < flat.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * Marks in {@code marked} the words of {@code text} (found at {@code offset} of the whole) that the query has
     * under analyzer {@code name}; returns the earliest match, {@code first} if none is earlier.
     */
    private int mark(String name, String text, int offset, boolean[] marked, int first) {
        Set<String> terms = wanted.get(name);
        if (terms.isEmpty()) {
            return first;
        }
        boolean folded = name.equals(LiaisonAnalyzers.SUGGEST_QUERY);
        for (Token token : tokens(analyzers.get(name), text)) {
            if (terms.contains(token.term()) || folded && fuzzyMatch(token.term())) {
                for (int i = offset + token.start(); i < offset + token.end() && i < marked.length; i++) {
                    marked[i] = true;
                }
                first = first < 0 ? offset + token.start() : Math.min(first, offset + token.start());
            }
        }
        return first;
    }

    private boolean fuzzyMatch(String term) {
        if (typoMatches != null) {
            return typoMatches.contains(term);
        }
        for (String query : fuzzy) {
            if (Typos.within(query, term, Typos.maxEdits(query))) {
                return true;
            }
        }
        return false;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            escape(text.charAt(i), out);
        }
        return out.toString();
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }

    /** The snippet as plain text again (CSV export): tags dropped, entities decoded. */
    static String plain(String snippet) {
        return snippet == null
                ? ""
                : snippet.replace("<mark>", "")
                        .replace("</mark>", "")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&amp;", "&");
    }

    record Token(String term, int start, int end) {}

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
