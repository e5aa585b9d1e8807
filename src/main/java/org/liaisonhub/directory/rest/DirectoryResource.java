package org.liaisonhub.directory.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.liaisonhub.directory.application.AuthorityDetails;
import org.liaisonhub.directory.application.ContactDetails;
import org.liaisonhub.directory.application.DirectoryService;
import org.liaisonhub.security.Viewer;

/** {@code GET /api/authorities/{key}} and {@code GET /api/contacts/{key}}; hidden entries answer 404. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @Inject
    Viewer viewer;

    @GET
    @Path("authorities/{key}")
    public AuthorityDetails authority(@PathParam("key") String key) {
        return directory.authority(key, viewer)
                .orElseThrow(() -> new NotFoundException("No authority with key '" + key + "'."));
    }

    @GET
    @Path("contacts/{key}")
    public ContactDetails contact(@PathParam("key") String key) {
        return directory.contact(key, viewer)
                .orElseThrow(() -> new NotFoundException("No contact point with key '" + key + "'."));
    }
}
