package org.liaisonhub.practices.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaisonhub.practices.application.PracticeDetails;
import org.liaisonhub.practices.application.PracticeService;
import org.liaisonhub.security.Viewer;

/** {@code GET /api/practices/{key}}; hidden entries answer 404. */
@Path("/practices")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PracticesResource {

    @Inject
    PracticeService practices;

    @Inject
    Viewer viewer;

    @GET
    @Path("{key}")
    public PracticeDetails practice(@PathParam("key") String key) {
        return practices
                .details(key, viewer)
                .orElseThrow(() -> new NotFoundException("No good practice with key '" + key + "'."));
    }
}
