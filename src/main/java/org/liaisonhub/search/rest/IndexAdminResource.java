package org.liaisonhub.search.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaisonhub.platform.application.ContentGeneration;
import org.liaisonhub.search.application.IndexMaintenance;
import org.liaisonhub.search.application.IndexMaintenance.ReindexReport;
import org.liaisonhub.security.domain.Role;

/**
 * {@code POST /api/admin/reindex}: rebuilds the search index from the database, for admins only (RESTEasy checks
 * {@code @RolesAllowed}, see web.xml; anyone else gets 403). Start-up already does this when the index is behind.
 */
@Path("/admin/reindex")
public class IndexAdminResource {

    @Inject
    IndexMaintenance index;

    @Inject
    ContentGeneration searchGeneration;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    public ReindexReport reindex() {
        ReindexReport report = index.rebuild();
        searchGeneration.advance(); // the mass indexer writes the index without Hibernate's events
        return report;
    }
}
