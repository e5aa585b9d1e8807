package org.liaisonhub.editorial.rest;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liaisonhub.editorial.application.ReportRejectedException;
import org.liaisonhub.editorial.application.ReportService;
import org.liaisonhub.editorial.application.ReportSummary;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.security.Viewer;

/**
 * {@code POST /api/reports} (members): {"type": "contact", "key": "…", "comment": "…"} reports an outdated
 * entry. {@code GET /api/reports[?all=true]} (editors): the open reports, oldest first.
 * {@code POST /api/reports/{id}/handled} (editors) marks one handled.
 */
@Path("/reports")
@RolesAllowed(Role.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    ReportService reports;

    @Inject
    Viewer viewer;

    @POST
    @RolesAllowed(Role.MEMBER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(String json) {
        JsonObject body = parse(json);
        ReportSummary created = call(() -> reports.report(text(body, "type"), text(body, "key"),
                text(body, "comment"), viewer));
        return Response.created(URI.create("reports/" + created.id())).entity(created).build();
    }

    @GET
    public List<ReportSummary> list(@QueryParam("all") boolean all) {
        return call(() -> reports.list(all, viewer));
    }

    @POST
    @Path("{id}/handled")
    public ReportSummary handled(@PathParam("id") long id) {
        return call(() -> reports.markHandled(id, viewer));
    }

    private static JsonObject parse(String json) {
        String expected = "Send {\"type\": \"contact\", \"key\": \"…\", \"comment\": \"…\"}.";
        if (json == null || json.isBlank()) {
            throw new BadRequestException(expected);
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            throw new BadRequestException("The body is not valid JSON. " + expected);
        }
        throw new BadRequestException(expected);
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ReportRejectedException e) {
            WebApplicationException mapped = switch (e.reason()) {
                case INVALID -> new BadRequestException(e.getMessage());
                case NOT_FOUND -> new NotFoundException(e.getMessage());
                case FORBIDDEN -> new ForbiddenException(e.getMessage());
            };
            throw mapped;
        }
    }
}
