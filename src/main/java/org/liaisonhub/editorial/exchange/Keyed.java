package org.liaisonhub.editorial.exchange;

import java.util.Set;

/**
 * An entry's content together with its upsert key, and the members the document gave for it ({@code given}; null
 * when every field counts as given, as in an export). An import keeps an existing entry's stored value for every
 * member left out, so an omission never opens or empties anything.
 */
public record Keyed<T>(String key, T content, Set<String> given) {

    public Keyed {
        given = given == null ? null : Set.copyOf(given);
    }

    public Keyed(String key, T content) {
        this(key, content, null);
    }

    /** Whether the document gave this member (by its name in the exchange format). */
    public boolean gives(String member) {
        return given == null || given.contains(member);
    }
}
