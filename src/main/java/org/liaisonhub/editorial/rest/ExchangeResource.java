package org.liaisonhub.editorial.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.editorial.application.ExportService;
import org.liaisonhub.editorial.application.ImportResult;
import org.liaisonhub.editorial.application.ImportService;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.platform.application.RateLimitService;
import org.liaisonhub.platform.application.RateLimitedAction;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

/** {@code POST /api/import} and {@code GET /api/export} in the exchange format (docs/exchange-format.md). */
@Path("/")
public class ExchangeResource {

    /** Documented in docs/exchange-format.md; the whole demo data set is about a tenth of it. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    @Inject
    ImportService importer;

    @Inject
    ExportService exporter;

    @Inject
    Viewer viewer;

    @Inject
    RateLimitService rateLimits;

    @POST
    @Path("import")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importDocument(
            @QueryParam("status") @DefaultValue("published") String status,
            @QueryParam("allowLowerVisibility") @DefaultValue("false") String allowLowerVisibility,
            InputStream body) {
        return importer.importDocument(
                ExchangeReader.read(readLimited(body)), newEntryStatus(status), confirmed(allowLowerVisibility));
    }

    /** {@code ?allowLowerVisibility=true} confirms that entries may become visible to more people. */
    private static boolean confirmed(String allowLowerVisibility) {
        return switch (allowLowerVisibility.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new WebApplicationException(
                        "Unknown allowLowerVisibility '" + allowLowerVisibility + "': true or false (the default).",
                        Response.Status.BAD_REQUEST);
        };
    }

    /** {@code ?status=published} (the default) or {@code ?status=draft}: the status of the entries created. */
    private static PublicationStatus newEntryStatus(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "published" -> PublicationStatus.PUBLISHED;
            case "draft" -> PublicationStatus.DRAFT;
            default ->
                throw new WebApplicationException(
                        "Unknown status '" + status + "': import with status=published (the default) or status=draft.",
                        Response.Status.BAD_REQUEST);
        };
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@Context HttpServletRequest request) {
        rateLimits.check(RateLimitedAction.EXPORT, request.getRemoteAddr());
        return Response.ok(exporter.exportJson(viewer))
                .header("Content-Disposition", "attachment; filename=\"liaison-export.json\"")
                .build();
    }

    private static String readLimited(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            // The container refuses bodies far beyond our limit while we read them.
            throw tooLarge();
        }
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDocumentException("malformed-json", "The document is not valid UTF-8.", List.of());
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(
                "The document is larger than the limit of " + MAX_IMPORT_BYTES / (1024 * 1024)
                        + " MiB; split it into several imports.",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
