package org.liaisonhub.search.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.liaisonhub.search.application.CachedSearch;
import org.liaisonhub.search.application.SearchRequests;
import org.liaisonhub.security.Viewer;

/**
 * {@code GET /api/search}: the search box as JSON. Filters (each repeatable): type, country, competence, network,
 * language, ict, challenge.
 */
@Path("/search")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    CachedSearch search;

    @Inject
    Viewer viewer;

    @GET
    public SearchAnswer search(
            @QueryParam("q") String q,
            @QueryParam("type") List<String> type,
            @QueryParam("country") List<String> country,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort,
            @QueryParam("competence") List<String> competence,
            @QueryParam("network") List<String> network,
            @QueryParam("language") List<String> language,
            @QueryParam("ict") List<String> ict,
            @QueryParam("challenge") List<String> challenge,
            @QueryParam("availability") List<String> availability) {
        return SearchAnswer.of(search.search(
                SearchRequests.parse(
                        q,
                        type,
                        country,
                        page,
                        size,
                        sort,
                        Map.of(
                                "competence",
                                competence,
                                "network",
                                network,
                                "language",
                                language,
                                "ict",
                                ict,
                                "challenge",
                                challenge,
                                "availability",
                                availability)),
                viewer));
    }
}
