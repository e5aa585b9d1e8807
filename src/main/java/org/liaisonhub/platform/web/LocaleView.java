package org.liaisonhub.platform.web;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

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

    /**
     * The current request's query string without {@code name}, as "&amp;a=b…", for language links. Only the
     * parameters of the address itself: never POST fields (a failed sign-in would otherwise put the password into
     * every language link) and never {@code jakarta.faces.*}.
     */
    public String queryWithout(String name) {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return queryWithout(request instanceof HttpServletRequest http ? http.getQueryString() : null, name);
    }

    static String queryWithout(String queryString, String name) {
        if (queryString == null || queryString.isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!key.equals(name) && !key.startsWith("jakarta.faces")) {
                query.append('&').append(encode(key)).append('=').append(encode(value));
            }
        }
        return query.toString();
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value; // a malformed escape: kept as typed, then encoded
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
