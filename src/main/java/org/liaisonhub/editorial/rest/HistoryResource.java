package org.liaisonhub.editorial.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.editorial.application.EntryHistoryService;
import org.liaisonhub.editorial.application.EntryNotFoundException;
import org.liaisonhub.editorial.application.HistoryEntry;
import org.liaisonhub.security.Role;

/** {@code GET /api/history/{type}/{key}} (editors): the entry's revisions, newest first, with changed fields. */
@Path("history")
@RolesAllowed(Role.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    EntryHistoryService history;

    @GET
    @Path("{type}/{key}")
    public List<HistoryEntry> history(@PathParam("type") String type, @PathParam("key") String key) {
        EntryType t = EntryType.fromCode(type).orElseThrow(() -> new WebApplicationException(
                "Unknown entry type '" + type + "': authority, contact, resource or practice.",
                Response.Status.NOT_FOUND));
        return history.history(t, key).orElseThrow(() -> new EntryNotFoundException(t.code(), key));
    }
}
