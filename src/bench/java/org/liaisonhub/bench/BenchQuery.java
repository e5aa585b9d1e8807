package org.liaisonhub.bench;

import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.search.application.SearchSort;

/**
 * One query of the fixed mix, as a user would type it into the search box: free text, filters, page. Every case
 * runs the same mix; {@link #request()} is what Liaison's own search service gets.
 */
public record BenchQuery(String name, String text, Set<EntryType> types, Set<String> countries, int page)
        implements java.io.Serializable {

    public static final int PAGE_SIZE = 20;

    /** The mix. {@code largestCountries} come from the data set (Zipf ranks 1 and 2), so the filter hits. */
    public static List<BenchQuery> mix(String largest, String secondLargest) {
        return List.of(
                new BenchQuery("one term", "extradition", Set.of(), Set.of(), 1),
                new BenchQuery("several terms", "mutual legal assistance asset recovery", Set.of(), Set.of(), 1),
                new BenchQuery("typo", "extradtion", Set.of(), Set.of(), 1),
                new BenchQuery("folded name", "ministerio publico", Set.of(), Set.of(), 1),
                new BenchQuery("CJK", "检察院", Set.of(), Set.of(), 1),
                new BenchQuery(
                        "facet + filters", "corruption", Set.of(EntryType.CONTACT), Set.of(largest, secondLargest), 1),
                new BenchQuery("deep page", "cooperation", Set.of(), Set.of(), 50));
    }

    public SearchRequest request() {
        return new SearchRequest(text, types, countries, page, PAGE_SIZE, SearchSort.RELEVANCE);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** The words of the text, lower-cased, for the SQL cases. */
    public List<String> words() {
        return List.of(text.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
    }

    /** The query string of {@code GET /api/search} for this query. */
    public String apiQuery() {
        StringBuilder q = new StringBuilder("q=")
                .append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        types.forEach(t -> q.append("&type=").append(t.code()));
        countries.forEach(c -> q.append("&country=").append(c));
        if (page > 1) {
            q.append("&page=").append(page);
        }
        return q.toString();
    }
}
