package org.liaisonhub.directory.domain;

import java.io.Serializable;
import java.util.Set;

import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;

/** Everything an authority says, without its identity: what imports, exports and editors exchange. */
public record AuthorityContent(
        String name,
        String localName,
        String country,
        AuthorityKind kind,
        String website,
        String description,
        Set<String> networks,
        Set<Competence> competences,
        Visibility visibility) implements Serializable {

    public AuthorityContent {
        networks = Set.copyOf(networks);
        competences = Set.copyOf(competences);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }
}
