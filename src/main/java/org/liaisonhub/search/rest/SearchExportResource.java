package org.liaisonhub.search.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.liaisonhub.platform.application.RateLimitService;
import org.liaisonhub.platform.application.RateLimitedAction;
import org.liaisonhub.search.application.CatalogSearchService;
import org.liaisonhub.search.application.SearchHit;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.search.application.SearchRequests;
import org.liaisonhub.search.application.SearchResults;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

/**
 * {@code GET /api/search.csv?q=&type=&country=&sort=} (editors, web.xml): every hit of a search, not just one
 * page, as CSV for a spreadsheet. The same parameters as {@code /api/search} and the same visibility, since it
 * pages through {@link CatalogSearchService}; {@code page} and {@code size} are ignored.
 */
@Path("/search.csv")
@RolesAllowed(Role.EDITOR_NAME)
public class SearchExportResource {

    static final String TEXT_CSV = "text/csv; charset=UTF-8";

    @Inject
    CatalogSearchService search;

    @Inject
    Viewer viewer;

    @Inject
    RateLimitService rateLimits;

    @GET
    @Produces("text/csv")
    public Response export(
            @QueryParam("q") String q,
            @QueryParam("type") List<String> type,
            @QueryParam("country") List<String> country,
            @QueryParam("sort") String sort,
            @QueryParam("competence") List<String> competence,
            @QueryParam("network") List<String> network,
            @QueryParam("language") List<String> language,
            @QueryParam("ict") List<String> ict,
            @QueryParam("challenge") List<String> challenge,
            @QueryParam("availability") List<String> availability,
            @Context UriInfo uri,
            @Context HttpServletRequest http) {
        rateLimits.check(RateLimitedAction.SEARCH_CSV, http.getRemoteAddr());
        List<SearchHit> hits = new ArrayList<>();
        int page = 1;
        int pageSize = SearchRequest.MAX_PAGE_SIZE;
        while (true) {
            SearchRequest request = SearchRequests.parse(
                    q,
                    type,
                    country,
                    String.valueOf(page),
                    String.valueOf(pageSize),
                    sort,
                    java.util.Map.of(
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
                            availability));
            SearchResults results = search.search(request, viewer);
            hits.addAll(results.hits());
            if (results.hits().size() < pageSize
                    || hits.size() >= results.total()
                    || (long) (page + 1) * pageSize > SearchRequest.MAX_RESULT_WINDOW) {
                break;
            }
            page++;
        }
        String base = uri.getBaseUri().resolve("..").toString();
        String baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            SearchCsv.write(hits, baseUrl, writer);
            writer.flush();
        };
        return Response.ok(body, TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"liaison-search.csv\"")
                .build();
    }
}
