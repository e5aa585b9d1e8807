package org.liaisonhub.directory.application;

import java.io.Serializable;
import org.liaisonhub.directory.domain.Authority;

/** An authority as a link shows it. */
public record AuthorityRef(String key, String name, String country) implements Serializable {

    static AuthorityRef of(Authority a) {
        return new AuthorityRef(a.getKey(), a.getName(), a.getCountry());
    }
}
