package org.liaisonhub.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.directory.application.ProcedureSheetDetails;
import org.liaisonhub.directory.application.ProcedureSheetService;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.security.Viewer;

/**
 * {@code GET /api/procedures?country=SE&request=EIO} (both optional) and {@code GET /api/procedures/{key}}: the
 * country procedure sheets the caller may see; a hidden sheet answers 404.
 */
@Path("/procedures")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureSheetResource {

    @Inject
    ProcedureSheetService sheets;

    @Inject
    Viewer viewer;

    @GET
    public List<ProcedureSheetDetails> list(
            @QueryParam("country") String country, @QueryParam("request") String request) {
        String code =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (code != null && !IsoCodes.isCountry(code)) {
            throw new BadRequestException(
                    "'country' must be an ISO 3166-1 alpha-2 code such as SE or FR, not '" + country + "'.");
        }
        Competence kind = request == null || request.isBlank()
                ? null
                : Arrays.stream(Competence.values())
                        .filter(c -> c.name().equalsIgnoreCase(request.strip()))
                        .findFirst()
                        .orElseThrow(() -> new BadRequestException("'request' must be one of "
                                + Arrays.stream(Competence.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")) + "."));
        return sheets.sheets(code, kind, viewer);
    }

    @GET
    @Path("{key}")
    public ProcedureSheetDetails sheet(@PathParam("key") String key) {
        return sheets.sheet(key, viewer)
                .orElseThrow(() -> new NotFoundException("No procedure sheet with key '" + key + "'."));
    }
}
