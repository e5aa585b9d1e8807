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
import java.util.Locale;
import java.util.Map;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.editorial.application.EditorialService;
import org.liaisonhub.editorial.application.EntryForEdit;
import org.liaisonhub.editorial.application.EntryNotFoundException;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

/**
 * Editors' API (web.xml lets editors only): {@code GET /api/editorial/{type}/{key}} shows an entry whatever its
 * status, {@code POST /api/editorial/{type}/{key}/status} (form fields {@code to}, {@code version}) moves it
 * through the workflow; a stale {@code version} answers 409 with who changed it and when.
 */
@Path("editorial")
@RolesAllowed(Role.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class EditorialResource {

    @Inject
    EditorialService editorial;

    @Inject
    Viewer viewer;

    @GET
    @Path("{type}/{key}")
    public Map<String, Object> entry(@PathParam("type") String type, @PathParam("key") String key) {
        EntryType t = type(type);
        return json(editorial.open(t, key).orElseThrow(() -> new EntryNotFoundException(t.code(), key)));
    }

    @POST
    @Path("{type}/{key}/status")
    public Map<String, Object> move(
            @PathParam("type") String type,
            @PathParam("key") String key,
            @FormParam("to") String to,
            @FormParam("version") Long version) {
        if (version == null) {
            throw new WebApplicationException(
                    "Send the version you last saw in the form field 'version'.", Response.Status.BAD_REQUEST);
        }
        return json(editorial.moveTo(type(type), key, status(to), version, viewer.name()));
    }

    private static EntryType type(String code) {
        return EntryType.fromCode(code)
                .orElseThrow(() -> new WebApplicationException(
                        "Unknown entry type '" + code + "': authority, contact, resource, practice or procedure.",
                        Response.Status.NOT_FOUND));
    }

    private static PublicationStatus status(String to) {
        try {
            return PublicationStatus.valueOf(to == null ? "" : to.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(
                    "Unknown status '" + to + "': DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED.",
                    Response.Status.BAD_REQUEST);
        }
    }

    private static Map<String, Object> json(EntryForEdit entry) {
        return Map.of(
                "type",
                entry.type(),
                "key",
                entry.key(),
                "status",
                entry.status().name(),
                "version",
                entry.version(),
                "updatedBy",
                entry.updatedBy() == null ? "" : entry.updatedBy(),
                "updatedAt",
                String.valueOf(entry.updatedAt()));
    }
}
