package org.liaisonhub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;
import org.liaisonhub.platform.Pages;

/** Formatting functions for pages' expressions ({@code #{formatFunctions.join(list, ', ')}}); no state. */
@Named
@ApplicationScoped
public class FormatFunctions {

    /** The address of an entry's page below the context path, for a type code ("contact") and key. */
    public String detailPage(String typeCode, String key) {
        return Pages.detailOf(typeCode, key);
    }

    public String join(Collection<?> values, String separator) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}
