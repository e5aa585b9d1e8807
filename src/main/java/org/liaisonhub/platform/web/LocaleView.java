package org.liaisonhub.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The interface language of this session. A page opened with {@code ?lang=fr} switches it; otherwise the
 * browser's preferred supported language, else the default one. The languages are faces-config.xml's
 * {@code locale-config} (default first): the one list of them, which the language links follow too.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Languages written right to left (Arabic among the six UN languages). */
    static final List<String> RIGHT_TO_LEFT = List.of("ar");

    private String chosen;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> supported = supported(faces.getApplication());
        String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null && supported.contains(requested)) {
            chosen = requested;
        }
        return new Locale(language(chosen, faces.getExternalContext().getRequestLocale(), supported));
    }

    /** The interface languages, the default first: the language links of the template. */
    public List<String> getLanguages() {
        return supported(FacesContext.getCurrentInstance().getApplication());
    }

    static List<String> supported(Application application) {
        return supported(application.getDefaultLocale(), application.getSupportedLocales());
    }

    static List<String> supported(Locale defaultLocale, Iterator<Locale> others) {
        List<String> languages = new ArrayList<>();
        languages.add(defaultLocale.getLanguage());
        others.forEachRemaining(locale -> {
            if (!languages.contains(locale.getLanguage())) {
                languages.add(locale.getLanguage());
            }
        });
        return languages;
    }

    /** The session's choice, else the browser's language if supported, else the default (the first). */
    static String language(String chosen, Locale browser, List<String> supported) {
        if (chosen != null) {
            return chosen;
        }
        return browser != null && supported.contains(browser.getLanguage()) ? browser.getLanguage() : supported.get(0);
    }

    /** A language's name in itself, as its link shows it ("English", "Français", "العربية"). */
    public String nativeName(String language) {
        Locale locale = new Locale(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** {@code rtl} for Arabic, else {@code ltr}: the template's {@code dir} attribute. */
    public String getDirection() {
        return directionOf(getLanguage());
    }

    /** {@code rtl} or {@code ltr}: the {@code dir} of text in {@code language}. */
    public String directionOf(String language) {
        return isRightToLeft(new Locale(language)) ? "rtl" : "ltr";
    }

    /** Whether text in {@code locale}'s language runs right to left (e.g. for a chart's layout). */
    public static boolean isRightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
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
