package org.liaisonhub.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The five kinds of entries Liaison indexes; {@link #code()} is the value used in URLs, JSON and the index. */
public enum EntryType {
    AUTHORITY("authority"),
    CONTACT("contact"),
    RESOURCE("resource"),
    PRACTICE("practice"),
    PROCEDURE("procedure");

    private final String code;

    EntryType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EntryType> fromCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equalsIgnoreCase(code))
                .findFirst();
    }
}
