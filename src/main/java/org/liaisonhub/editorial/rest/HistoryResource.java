package org.liaisonhub.editorial.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.editorial.application.EntryForEdit;
import org.liaisonhub.editorial.application.EntryHistoryService;
import org.liaisonhub.editorial.application.EntryNotFoundException;
import org.liaisonhub.editorial.application.HistoryEntry;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

/**
 * {@code GET /api/history/{type}/{key}} (editors): the entry's revisions, newest first, with changed fields; and
 * restoring one of them, checked against the version the caller saw.
 */
@Path("history")
@RolesAllowed(Role.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    EntryHistoryService history;

    @Inject
    Viewer viewer;

    @GET
    @Path("{type}/{key}")
    public List<HistoryEntry> history(@PathParam("type") String type, @PathParam("key") String key) {
        EntryType t = type(type);
        return history.history(t, key).orElseThrow(() -> new EntryNotFoundException(t.code(), key));
    }

    /**
     * {@code POST /api/history/{type}/{key}/restore} (form fields {@code revision}, {@code version}): saves the
     * content of that revision as the newest version, if the entry is still at {@code version} (the one the
     * caller saw, from {@code GET /api/editorial/{type}/{key}}); otherwise 409 with who changed it and when.
     */
    @POST
    @Path("{type}/{key}/restore")
    public Map<String, Object> restore(
            @PathParam("type") String type,
            @PathParam("key") String key,
            @FormParam("revision") Long revision,
            @FormParam("version") Long version) {
        EntryType t = type(type);
        if (revision == null || version == null) {
            throw new WebApplicationException(
                    "Send the revision to restore in the form field 'revision' and the "
                            + "version you last saw in 'version'.",
                    Response.Status.BAD_REQUEST);
        }
        EntryForEdit restored = history.restore(t, key, revision, version, null, viewer.name());
        return Map.of("type", restored.type(), "key", restored.key(), "version", restored.version());
    }

    private static EntryType type(String type) {
        return EntryType.fromCode(type)
                .orElseThrow(() -> new WebApplicationException(
                        "Unknown entry type '" + type + "': authority, contact, resource, practice or procedure.",
                        Response.Status.NOT_FOUND));
    }
}
