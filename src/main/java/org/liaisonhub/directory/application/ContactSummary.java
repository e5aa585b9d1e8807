package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaisonhub.directory.domain.Channel;
import org.liaisonhub.directory.domain.ContactPoint;

/** A contact point as listed on its authority's page. */
public record ContactSummary(
        String key, String role, String email, List<String> languages, List<String> channels, LocalDate lastVerified)
        implements Serializable {

    static ContactSummary of(ContactPoint c) {
        return new ContactSummary(
                c.getKey(),
                c.getRole(),
                c.getEmail(),
                c.getLanguages().stream().sorted().toList(),
                c.getChannels().stream()
                        .map(Channel::getType)
                        .map(Enum::name)
                        .distinct()
                        .toList(),
                c.getLastVerified());
    }
}
