package org.liaisonhub.platform.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The interface language of this session. A page opened with {@code ?lang=fr} switches it; otherwise the
 * browser's preferred supported language, else English.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUPPORTED = List.of("en", "fr", "ar");
    /** Languages written right to left (Arabic among the six UN languages). */
    static final List<String> RIGHT_TO_LEFT = List.of("ar");

    private String chosen;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null && SUPPORTED.contains(requested)) {
            chosen = requested;
        }
        if (chosen != null) {
            return new Locale(chosen);
        }
        Locale browser = faces.getExternalContext().getRequestLocale();
        return browser != null && SUPPORTED.contains(browser.getLanguage()) ? new Locale(browser.getLanguage())
                : Locale.ENGLISH;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** {@code rtl} for Arabic, else {@code ltr}: the template's {@code dir} attribute. */
    public String getDirection() {
        return RIGHT_TO_LEFT.contains(getLanguage()) ? "rtl" : "ltr";
    }

    /** The current request's query string without {@code name}, as "&amp;a=b…", for language links. */
    public String queryWithout(String name) {
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        StringBuilder query = new StringBuilder();
        params.forEach((key, values) -> {
            if (!key.equals(name) && !key.startsWith("jakarta.faces") && values != null) {
                for (String value : values) {
                    query.append('&').append(encode(key)).append('=').append(encode(value));
                }
            }
        });
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
