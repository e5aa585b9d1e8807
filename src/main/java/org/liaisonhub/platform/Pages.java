package org.liaisonhub.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.liaisonhub.catalog.EntryType;

/**
 * Where each kind of entry is shown in the portal; the one place that knows the detail pages' paths. For the web and
 * REST layers, which link to pages; the application layer names entries by type and key only.
 */
public final class Pages {

    private Pages() {}

    /** The detail page of the entry of type {@code typeCode} ({@link EntryType#code()}, as search hits name it). */
    public static String detailOf(String typeCode, String key) {
        return detailOf(
                EntryType.fromCode(typeCode)
                        .orElseThrow(() -> new IllegalArgumentException("No entry type " + typeCode)),
                key);
    }

    public static String detailOf(EntryType type, String key) {
        String page =
                switch (type) {
                    case AUTHORITY -> "/directory/authority.xhtml";
                    case CONTACT -> "/directory/contact.xhtml";
                    case RESOURCE -> "/resources/resource.xhtml";
                    case PRACTICE -> "/practices/practice.xhtml";
                    case PROCEDURE -> "/directory/procedure.xhtml";
                };
        return page + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
