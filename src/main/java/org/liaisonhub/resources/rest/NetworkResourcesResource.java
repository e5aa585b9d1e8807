package org.liaisonhub.resources.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaisonhub.resources.application.ResourceDetails;
import org.liaisonhub.resources.application.ResourceService;
import org.liaisonhub.security.Viewer;

/** {@code GET /api/resources/{key}}; hidden entries answer 404. */
@Path("/resources")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResourcesResource {

    @Inject
    ResourceService resources;

    @Inject
    Viewer viewer;

    @GET
    @Path("{key}")
    public ResourceDetails resource(@PathParam("key") String key) {
        return resources
                .details(key, viewer)
                .orElseThrow(() -> new NotFoundException("No network resource with key '" + key + "'."));
    }
}
