package org.liaisonhub.platform;

/**
 * Finds the NUL character (U+0000) in a request, in each form it can arrive in: raw, percent-encoded in an address
 * ({@code %00}), escaped in JSON (backslash-u0000). No text in Liaison may contain one and PostgreSQL refuses it in
 * any string, so the servlet filter (addresses, page forms) and the API's filter (JSON bodies) refuse it up front,
 * with the same message.
 */
public final class NulCharacters {

    public static final String MESSAGE = "The request contains a NUL character (U+0000), which no text in Liaison "
            + "may contain. Remove it and try again.";

    private NulCharacters() {}

    /** In decoded text, e.g. a form field. */
    public static boolean inText(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** In an address or query string as sent: raw or percent-encoded. */
    public static boolean inAddress(String raw) {
        return inText(raw) || raw != null && raw.contains("%00");
    }

    /** In a JSON text as sent: raw or as the escape, whatever the case of its letter. */
    public static boolean inJson(String json) {
        if (inText(json)) {
            return true;
        }
        for (int at = json == null ? -1 : json.indexOf('\\'); at >= 0; at = json.indexOf('\\', at + 1)) {
            if (json.regionMatches(true, at, "\\u0000", 0, 6)) {
                return true;
            }
        }
        return false;
    }
}
