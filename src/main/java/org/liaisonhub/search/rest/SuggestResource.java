package org.liaisonhub.search.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.liaisonhub.search.application.CachedSearch;
import org.liaisonhub.search.application.Suggestion;
import org.liaisonhub.security.Viewer;

/** {@code GET /api/suggest?q=prefix}: at most ten names for the search box; fewer than 2 characters, none. */
@Path("/suggest")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    @Inject
    CachedSearch search;

    @Inject
    Viewer viewer;

    @GET
    public List<Suggestion> suggest(@QueryParam("q") String q) {
        return search.suggest(q, viewer);
    }
}
