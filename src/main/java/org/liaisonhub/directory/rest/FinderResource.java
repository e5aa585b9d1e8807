package org.liaisonhub.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.liaisonhub.directory.application.ContactFinder;
import org.liaisonhub.directory.application.FinderAnswer;
import org.liaisonhub.directory.application.Need;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.security.Viewer;

/**
 * {@code GET /api/finder?country=SE&need=EIO&language=en}: "whom do I contact?" {@code urgent=true}: 24/7 contact
 * points and those open now first, and a plain message when the country has no 24/7 route. {@code at=} an ISO-8601
 * instant ({@code 2026-06-16T07:00:00Z}, {@code 2026-06-16T09:00+02:00}): who will be open then (a call planned for
 * later); it changes only the local times and "open now", never what the viewer may see.
 */
@Path("/finder")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class FinderResource {

    @Inject
    ContactFinder finder;

    @Inject
    Viewer viewer;

    @GET
    public FinderAnswer find(
            @QueryParam("country") String country,
            @QueryParam("need") String need,
            @QueryParam("language") String language,
            @QueryParam("urgent") String urgent,
            @QueryParam("at") String at) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCountry(code)) {
            throw new BadRequestException("'country' must be an ISO 3166-1 alpha-2 code such as SE or FR"
                    + (country == null || country.isBlank() ? "." : ", not '" + country + "'."));
        }
        Need wanted = Need.fromCode(need == null ? "" : need.strip())
                .orElseThrow(() -> new BadRequestException("'need' must be one of "
                        + Arrays.stream(Need.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
        String lang =
                language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang != null && !IsoCodes.isLanguage(lang)) {
            throw new BadRequestException(
                    "'language' must be an ISO 639-1 code such as en or fr, not '" + language + "'.");
        }
        Instant when;
        boolean isUrgent;
        try {
            when = FinderParameters.instant(at);
            isUrgent = FinderParameters.flag(urgent);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return finder.find(code, wanted, lang, viewer, when, isUrgent);
    }
}
