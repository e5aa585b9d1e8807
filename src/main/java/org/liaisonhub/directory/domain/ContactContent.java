package org.liaisonhub.directory.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;

/**
 * Everything a contact point says, without its identity; {@code authorityKey} names its authority.
 * {@code personalDetailsVisibility} says who may see the person name and direct phone (PUBLIC: whoever sees
 * the contact point).
 */
public record ContactContent(
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
        Visibility personalDetailsVisibility) implements Serializable {

    public ContactContent {
        languages = Set.copyOf(languages);
        channels = List.copyOf(channels);
        competences = Set.copyOf(competences);
        networks = Set.copyOf(networks);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        personalDetailsVisibility = personalDetailsVisibility == null ? Visibility.PUBLIC : personalDetailsVisibility;
    }

    /** The same content without the personal details (person name, direct phone). */
    public ContactContent withoutPersonalDetails() {
        return new ContactContent(authorityKey, role, null, email, null, languages, channels, competences, networks,
                visibility, lastVerified, personalDetailsVisibility);
    }
}
