package org.liaisonhub.platform.web;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Small formatting helpers for pages ({@code #{formatView.join(list, ', ')}}). */
@Named
@ApplicationScoped
public class FormatView {

    public String join(Collection<?> values, String separator) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}
