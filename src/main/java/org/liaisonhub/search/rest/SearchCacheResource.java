package org.liaisonhub.search.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaisonhub.search.application.CachedSearch;
import org.liaisonhub.search.application.SearchResultCache.CacheStatistics;
import org.liaisonhub.security.domain.Role;

/**
 * {@code GET /api/admin/search-cache}: this node's search result cache, for admins: hits, misses, answers not kept
 * because they were too large, entries held and the size limit of one answer (docs/search.md "Result cache").
 */
@Path("/admin/search-cache")
public class SearchCacheResource {

    @Inject
    CachedSearch search;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    public CacheStatistics statistics() {
        return search.statistics();
    }
}
