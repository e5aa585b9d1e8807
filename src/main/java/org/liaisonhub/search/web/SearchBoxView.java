package org.liaisonhub.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaisonhub.search.application.CachedSearch;
import org.liaisonhub.search.application.Suggestion;
import org.liaisonhub.security.Viewer;

/**
 * The home page's search box: suggestions while typing (the same service as {@code GET /api/suggest}, so the
 * viewer's visibility applies) and the jump to the results page, which stays a GET URL.
 */
@Named
@RequestScoped
public class SearchBoxView {

    @Inject
    CachedSearch search;

    @Inject
    Viewer viewer;

    @Inject
    ExternalContext external;

    private String query;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** Names for the autoComplete: at most ten, none below two characters. */
    public List<String> complete(String prefix) {
        return search.suggest(prefix, viewer).stream()
                .map(Suggestion::text)
                .distinct()
                .toList();
    }

    /** Redirects to the results page for the typed text. */
    public void search() throws IOException {
        external.redirect(external.getRequestContextPath() + "/search.xhtml?q="
                + URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8));
    }
}
