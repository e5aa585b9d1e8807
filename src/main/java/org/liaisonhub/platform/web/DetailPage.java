package org.liaisonhub.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads the entry a detail page is about from its {@code key} parameter, or answers 404 — the same for an
 * unknown key and for an entry the viewer may not see, so hidden entries do not reveal that they exist.
 */
public final class DetailPage {

    private DetailPage() {}

    public static <T> T load(FacesContext faces, Function<String, Optional<T>> finder) {
        ExternalContext external = faces.getExternalContext();
        String key = external.getRequestParameterMap().get("key");
        Optional<T> found = key == null || key.isBlank() ? Optional.empty() : finder.apply(key.strip());
        if (found.isEmpty()) {
            try {
                external.responseSendError(404, "Not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return null;
        }
        return found.get();
    }
}
