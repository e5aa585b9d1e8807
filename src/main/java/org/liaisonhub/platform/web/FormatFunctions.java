package org.liaisonhub.platform.web;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Formatting functions for pages' expressions ({@code #{formatFunctions.join(list, ', ')}}); no state. */
@Named
@ApplicationScoped
public class FormatFunctions {

    public String join(Collection<?> values, String separator) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}
