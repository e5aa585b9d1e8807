package org.liaisonhub.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.liaisonhub.catalog.EntryType;

/** Where each kind of entry is shown in the portal; the one place that knows the detail pages' paths. */
public final class Pages {

    private Pages() {
    }

    public static String detailOf(EntryType type, String key) {
        String page = switch (type) {
            case AUTHORITY -> "/directory/authority.xhtml";
            case CONTACT -> "/directory/contact.xhtml";
            case RESOURCE -> "/resources/resource.xhtml";
            case PRACTICE -> "/practices/practice.xhtml";
        };
        return page + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
