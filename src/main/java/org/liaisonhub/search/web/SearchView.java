package org.liaisonhub.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.Pages;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.search.application.CachedSearch;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.search.application.SearchHit;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.search.application.SearchRequests;
import org.liaisonhub.search.application.SearchResults;
import org.liaisonhub.security.Viewer;

/**
 * The results page. Everything it shows is addressed by GET parameters (q, type, country, page, sort), so
 * every state of the page is a link a practitioner can bookmark or send.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FILTERS =
            List.of("type", "country", "competence", "network", "language", "ict", "challenge", "availability");

    @Inject
    transient CachedSearch search;

    @Inject
    transient Viewer viewer;

    @Inject
    transient ExternalContext external;

    @Inject
    transient FacesContext faces;

    private String query = "";
    private Map<String, List<String>> selected = Map.of();
    private SearchRequest request;
    private SearchResults results;

    @PostConstruct
    void init() {
        Map<String, String[]> params = external.getRequestParameterValuesMap();
        query = first(params, "q");
        Map<String, List<String>> chosen = new java.util.LinkedHashMap<>();
        for (String filter : FILTERS) {
            chosen.put(filter, values(params, filter));
        }
        selected = Map.copyOf(chosen);
        try {
            request = SearchRequests.parse(
                    query,
                    selected.get("type"),
                    selected.get("country"),
                    first(params, "page"),
                    first(params, "size"),
                    first(params, "sort"),
                    selected);
            results = search.search(request, viewer);
        } catch (InvalidSearchException e) {
            PageMessages.of(faces).add(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public String getQuery() {
        return query;
    }

    public boolean isBrowsing() {
        return query.isBlank();
    }

    public boolean isValid() {
        return results != null;
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public List<SearchHit> getHits() {
        return results == null ? List.of() : results.hits();
    }

    /** The detail page a hit links to, below the context path. */
    public String detailPath(SearchHit hit) {
        return Pages.detailOf(hit.type(), hit.key());
    }

    public int getPage() {
        return request == null ? 1 : request.page();
    }

    public int getPageCount() {
        return results == null ? 0 : results.pageCount();
    }

    public boolean isFiltered() {
        return selected.values().stream().anyMatch(v -> !v.isEmpty());
    }

    /** A close spelling with hits when the query matched nothing as typed, else null. */
    public String getDidYouMean() {
        return results == null ? null : results.didYouMean();
    }

    /** The results page for the did-you-mean spelling, with the same filters. */
    public String getDidYouMeanUrl() {
        return getDidYouMean() == null ? null : url(getDidYouMean(), selected, 1, getSort());
    }

    /** The facets besides type and country that have values to show, in page order. */
    public List<String> getOtherFacets() {
        return SearchRequests.OTHER_FACETS.stream()
                .filter(name -> !facet(name).isEmpty())
                .toList();
    }

    public String getSort() {
        return request == null ? "RELEVANCE" : request.sort().name();
    }

    public List<FacetChoice> facet(String name) {
        if (results == null || !results.facets().containsKey(name)) {
            return List.of();
        }
        Locale locale = faces.getViewRoot().getLocale();
        List<FacetChoice> choices = new ArrayList<>();
        List<String> active = selected.getOrDefault(name, List.of());
        results.facets()
                .get(name)
                .forEach((value, count) -> choices.add(new FacetChoice(
                        value,
                        label(name, value, locale),
                        count,
                        active.stream().anyMatch(a -> a.equalsIgnoreCase(value)),
                        toggleUrl(name, value))));
        // Selected values stay visible even when the query leaves them with no hits.
        for (String value : active) {
            if (choices.stream().noneMatch(c -> c.value().equalsIgnoreCase(value))) {
                choices.add(new FacetChoice(value, label(name, value, locale), 0, true, toggleUrl(name, value)));
            }
        }
        return choices;
    }

    private String label(String facet, String value, Locale locale) {
        return switch (facet) {
            case "country" -> IsoCodes.countryName(value, locale);
            case "language" -> IsoCodes.languageName(value, locale);
            case "competence", "ict", "challenge", "availability" ->
                PageMessages.of(faces).textOr(facet + "." + value, value);
            default -> value;
        };
    }

    public String countryName(String code) {
        return code == null
                ? ""
                : IsoCodes.countryName(code, faces.getViewRoot().getLocale());
    }

    public String pageUrl(int page) {
        return url(query, selected, page, getSort());
    }

    public String sortUrl(String sort) {
        return url(query, selected, 1, sort);
    }

    public String getClearUrl() {
        return url(query, Map.of(), 1, getSort());
    }

    private String toggleUrl(String facet, String value) {
        Map<String, List<String>> next = new java.util.HashMap<>(selected);
        Set<String> values = new LinkedHashSet<>(selected.getOrDefault(facet, List.of()));
        if (!values.removeIf(v -> v.equalsIgnoreCase(value))) {
            values.add(value);
        }
        next.put(facet, List.copyOf(values));
        return url(query, next, 1, getSort());
    }

    private String url(String q, Map<String, List<String>> filters, int page, String sort) {
        StringBuilder url = new StringBuilder(external.getRequestContextPath())
                .append("/search.xhtml?q=")
                .append(encode(q));
        for (String filter : FILTERS) {
            for (String value : filters.getOrDefault(filter, List.of())) {
                url.append('&').append(filter).append('=').append(encode(value));
            }
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        if (!"RELEVANCE".equalsIgnoreCase(sort)) {
            url.append("&sort=").append(sort.toLowerCase(Locale.ROOT));
        }
        return url.toString();
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    private static List<String> values(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null
                ? List.of()
                : Arrays.stream(values)
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .distinct()
                        .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
