package org.liaisonhub.directory.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.liaisonhub.directory.application.ContactFinder;
import org.liaisonhub.directory.application.FinderAnswer;
import org.liaisonhub.directory.application.Need;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.security.Viewer;

/** {@code GET /api/finder?country=SE&need=EIO&language=en}: "whom do I contact?" */
@Path("/finder")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class FinderResource {

    @Inject
    ContactFinder finder;

    @Inject
    Viewer viewer;

    @GET
    public FinderAnswer find(@QueryParam("country") String country, @QueryParam("need") String need,
            @QueryParam("language") String language) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCountry(code)) {
            throw new BadRequestException("'country' must be an ISO 3166-1 alpha-2 code such as SE or FR"
                    + (country == null || country.isBlank() ? "." : ", not '" + country + "'."));
        }
        Need wanted = Need.fromCode(need == null ? "" : need.strip()).orElseThrow(() -> new BadRequestException(
                "'need' must be one of " + Arrays.stream(Need.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + "."));
        String lang = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang != null && !IsoCodes.isLanguage(lang)) {
            throw new BadRequestException("'language' must be an ISO 639-1 code such as en or fr, not '"
                    + language + "'.");
        }
        return finder.find(code, wanted, lang, viewer);
    }
}
