package org.liaisonhub.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaisonhub.platform.application.Health;
import org.liaisonhub.platform.application.Health.HealthReport;

/**
 * {@code GET /api/health}, public, for load balancers and monitoring: 200 with {@code "status": "UP"} when this
 * node's database and search backend answer, 503 with {@code "DOWN"} otherwise; {@code outboxLag} counts the index
 * events waiting in the outbox (cluster nodes; 0 on a single node).
 */
@Path("/health")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    Health health;

    @GET
    public Response health() {
        HealthReport report = health.check();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report)
                .cacheControl(noStore)
                .build();
    }
}
