package org.liaisonhub.directory.domain;

import static org.liaisonhub.catalog.validation.ContentRules.REQUIRED;
import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.catalog.validation.E164;
import org.liaisonhub.catalog.validation.EmailAddress;
import org.liaisonhub.catalog.validation.IsoLanguage;

/**
 * Everything a contact point says, without its identity; {@code authorityKey} names its authority.
 * {@code personalDetailsVisibility} says who may see the person name and direct phone (PUBLIC: whoever sees
 * the contact point). The constraints are the rules every way in checks ({@code ContentRules}); that a contact point
 * may not be more open than its authority needs the authority, so the editorial service checks it.
 */
public record ContactContent(
        @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG)
        String authorityKey,

        @NotBlank(message = REQUIRED) @Size(max = 300, message = TOO_LONG)
        String role,

        @Size(max = 200, message = TOO_LONG) String personName,
        @EmailAddress String email,
        @E164 String phone,
        Set<@IsoLanguage String> languages,
        List<@Valid Channel> channels,
        Set<Competence> competences,
        Set<@Size(max = 200, message = TOO_LONG) String> networks,
        Visibility visibility,
        LocalDate lastVerified,
        Visibility personalDetailsVisibility,
        @Valid Availability availability)
        implements Serializable {

    public ContactContent {
        languages = Set.copyOf(languages);
        channels = List.copyOf(channels);
        competences = Set.copyOf(competences);
        networks = Set.copyOf(networks);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        personalDetailsVisibility = personalDetailsVisibility == null ? Visibility.PUBLIC : personalDetailsVisibility;
        availability = Availability.orNone(availability);
    }

    /** Content that records no availability of its own (it answers when its authority does). */
    public ContactContent(
            String authorityKey,
            String role,
            String personName,
            String email,
            String phone,
            Set<String> languages,
            List<Channel> channels,
            Set<Competence> competences,
            Set<String> networks,
            Visibility visibility,
            LocalDate lastVerified,
            Visibility personalDetailsVisibility) {
        this(
                authorityKey,
                role,
                personName,
                email,
                phone,
                languages,
                channels,
                competences,
                networks,
                visibility,
                lastVerified,
                personalDetailsVisibility,
                null);
    }

    /** The same content with other availability. */
    public ContactContent withAvailability(Availability newAvailability) {
        return new ContactContent(
                authorityKey,
                role,
                personName,
                email,
                phone,
                languages,
                channels,
                competences,
                networks,
                visibility,
                lastVerified,
                personalDetailsVisibility,
                newAvailability);
    }

    /** The same content without the personal details (person name, direct phone). */
    public ContactContent withoutPersonalDetails() {
        return new ContactContent(
                authorityKey,
                role,
                null,
                email,
                null,
                languages,
                channels,
                competences,
                networks,
                visibility,
                lastVerified,
                personalDetailsVisibility,
                availability);
    }
}
