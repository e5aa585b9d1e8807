package org.liaisonhub.directory.domain;

import static org.liaisonhub.catalog.validation.ContentRules.REQUIRED;
import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.catalog.validation.IsoCountry;
import org.liaisonhub.catalog.validation.WebUrl;

/**
 * Everything an authority says, without its identity: what imports, exports and editors exchange. The constraints
 * are the rules every way in checks ({@code ContentRules}).
 */
public record AuthorityContent(
        @NotBlank(message = REQUIRED) @Size(max = 300, message = TOO_LONG)
        String name,

        @Size(max = 300, message = TOO_LONG) String localName,
        @NotBlank(message = REQUIRED) @IsoCountry String country,
        @NotNull(message = REQUIRED) AuthorityKind kind,
        @WebUrl @Size(max = 2000, message = TOO_LONG) String website,
        @Size(max = 20_000, message = TOO_LONG) String description,
        Set<@Size(max = 200, message = TOO_LONG) String> networks,
        Set<Competence> competences,
        Visibility visibility,
        @Valid Availability availability)
        implements Serializable {

    public AuthorityContent {
        networks = Set.copyOf(networks);
        competences = Set.copyOf(competences);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        availability = Availability.orNone(availability);
    }

    /** Content that records no availability (24/7, hours, zone). */
    public AuthorityContent(
            String name,
            String localName,
            String country,
            AuthorityKind kind,
            String website,
            String description,
            Set<String> networks,
            Set<Competence> competences,
            Visibility visibility) {
        this(name, localName, country, kind, website, description, networks, competences, visibility, null);
    }

    /** The same content with other availability. */
    public AuthorityContent withAvailability(Availability newAvailability) {
        return new AuthorityContent(
                name,
                localName,
                country,
                kind,
                website,
                description,
                networks,
                competences,
                visibility,
                newAvailability);
    }
}
