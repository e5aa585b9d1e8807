package org.liaisonhub.editorial.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.liaisonhub.editorial.application.ReportService;
import org.liaisonhub.editorial.application.ReportSummary;
import org.liaisonhub.platform.rest.StrictJson;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

/**
 * {@code POST /api/reports} (members): {"type": "contact", "key": "…", "comment": "…"} reports an outdated
 * entry. {@code GET /api/reports[?all=true]} (editors): the open reports, oldest first.
 * {@code POST /api/reports/{id}/handled} (editors) marks one handled. Refusals: 400, 404 or 403 as JSON
 * ({@link EditorialExceptionMappers.ReportRejected}).
 */
@Path("/reports")
@RolesAllowed(Role.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    /** The body of a report; a field missing (or not a string) is judged by {@link ReportService}, with its reason. */
    public record NewReport(
            @JsonbTypeDeserializer(StrictJson.Text.class) String type,
            @JsonbTypeDeserializer(StrictJson.Text.class) String key,
            @JsonbTypeDeserializer(StrictJson.Text.class) String comment) {}

    @Inject
    ReportService reports;

    @Inject
    Viewer viewer;

    @POST
    @RolesAllowed(Role.MEMBER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(NewReport body) {
        if (body == null) {
            throw new BadRequestException("Send {\"type\": \"contact\", \"key\": \"…\", \"comment\": \"…\"}.");
        }
        ReportSummary created = reports.report(body.type(), body.key(), body.comment(), viewer);
        return Response.created(URI.create("reports/" + created.id()))
                .entity(ReportAnswer.of(created))
                .build();
    }

    @GET
    public List<ReportAnswer> list(@QueryParam("all") boolean all) {
        return reports.list(all, viewer).stream().map(ReportAnswer::of).toList();
    }

    @POST
    @Path("{id}/handled")
    public ReportAnswer handled(@PathParam("id") long id) {
        return ReportAnswer.of(reports.markHandled(id, viewer));
    }
}
