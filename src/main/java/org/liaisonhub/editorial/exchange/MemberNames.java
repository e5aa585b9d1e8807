package org.liaisonhub.editorial.exchange;

import java.util.Map;

/**
 * A content record's components by the names people see: the members of the exchange format and the fields of the
 * editor forms. They are the components' own names but where listed here.
 */
public final class MemberNames {

    /** Component → member, where they differ. */
    private static final Map<String, String> DIFFERENT = Map.of("authorityKey", "authority");

    private MemberNames() {}

    /** The member name of a record component ({@code authority} for {@code authorityKey}). */
    public static String of(String component) {
        return DIFFERENT.getOrDefault(component, component);
    }

    /** A rule's path in member names: {@code authority}, {@code answers[2].prompt}. */
    static String ofPath(String path) {
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return of(path.substring(0, end)) + path.substring(end);
    }
}
