package org.liaisonhub.editorial.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.liaisonhub.editorial.application.EditionDownloadSummary;
import org.liaisonhub.editorial.application.EditionFileDownload;
import org.liaisonhub.editorial.application.EditionService;
import org.liaisonhub.editorial.application.EditionService.EditionRequest;
import org.liaisonhub.editorial.application.EditionSummary;
import org.liaisonhub.platform.rest.StrictJson;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

/**
 * Signed offline editions (docs/editions.md). {@code POST /api/editions} (editors): {"scope": "country", "value": "SE",
 * "audience": "members", "validDays": 90, "language": "en"} generates one. {@code GET /api/editions} (members): the
 * editions of the caller's level. {@code GET /api/editions/{id}/files/{pdf|json|pdf.sig|json.sig}} (members, logged),
 * {@code GET /api/editions/{id}/downloads} (editors): the download log. {@code GET /api/editions/public-key}
 * (anyone): the PEM key that checks the signatures. Refusals: 400, 403 or 404 as JSON.
 */
@Path("/editions")
@RolesAllowed(Role.MEMBER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    /** The body of a request for a new edition; every member optional but {@code value} for a country or network. */
    public record NewEdition(
            @JsonbTypeDeserializer(StrictJson.Text.class) String scope,
            @JsonbTypeDeserializer(StrictJson.Text.class) String value,
            @JsonbTypeDeserializer(StrictJson.Text.class) String audience,
            Integer validDays,
            @JsonbTypeDeserializer(StrictJson.Text.class) String language) {}

    @Inject
    EditionService editions;

    @Inject
    Viewer viewer;

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(NewEdition body) {
        if (body == null) {
            throw new BadRequestException("Send {\"scope\": \"all|country|network\", \"value\": \"…\", \"audience\": "
                    + "\"public|members|restricted\", \"validDays\": 90}.");
        }
        EditionSummary created = editions.generate(
                new EditionRequest(body.scope(), body.value(), body.audience(), body.validDays(), body.language()),
                viewer);
        return Response.created(URI.create("editions/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    public List<EditionSummary> list() {
        return editions.list(viewer);
    }

    @GET
    @Path("{id}/files/{file}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response file(@PathParam("id") long id, @PathParam("file") String file) {
        EditionFileDownload download = editions.download(id, file, viewer);
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id}/downloads")
    @RolesAllowed(Role.EDITOR_NAME)
    public List<EditionDownloadSummary> downloads(@PathParam("id") long id) {
        return editions.downloads(id, viewer);
    }

    @GET
    @Path("public-key")
    @PermitAll
    @Produces("application/x-pem-file")
    public Response publicKey() {
        return Response.ok(editions.publicKeyPem(), "application/x-pem-file")
                .header("Content-Disposition", "attachment; filename=\"liaison-edition-key.pem\"")
                .build();
    }
}
