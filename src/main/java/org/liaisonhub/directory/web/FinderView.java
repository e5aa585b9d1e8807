package org.liaisonhub.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisonhub.directory.application.ContactFinder;
import org.liaisonhub.directory.application.FinderAnswer;
import org.liaisonhub.directory.application.Need;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.security.Viewer;

/**
 * The guided "whom do I contact?" page: a GET form (country, need, language, the urgent switch) and the ranked
 * routes with each contact's local time and whether it is open. {@code at=} (an ISO-8601 instant, kept by the form)
 * shows who is open at another time; an unreadable one is ignored (now).
 */
@Named
@ViewScoped
public class FinderView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A choice in a drop-down list. */
    public record Option(String value, String label) {}

    @Inject
    transient ContactFinder finder;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private String country = "";
    private String need = "";
    private String language = "";
    private boolean urgent;
    private String at = "";
    private FinderAnswer answer;

    @PostConstruct
    void init() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        country = params.getOrDefault("country", "").strip().toUpperCase(Locale.ROOT);
        need = params.getOrDefault("need", "").strip().toUpperCase(Locale.ROOT);
        language = params.getOrDefault("language", "").strip().toLowerCase(Locale.ROOT);
        urgent = List.of("true", "on")
                .contains(params.getOrDefault("urgent", "").strip().toLowerCase(Locale.ROOT));
        Instant instant = instant(params.getOrDefault("at", ""));
        at = instant == null ? "" : instant.toString();
        if (IsoCodes.isCountry(country) && Need.fromCode(need).isPresent()) {
            answer = finder.find(
                    country,
                    Need.fromCode(need).orElseThrow(),
                    IsoCodes.isLanguage(language) ? language : null,
                    viewer,
                    instant,
                    urgent);
        }
    }

    private static Instant instant(String text) {
        try {
            return text.isBlank() ? null : OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<Option> getCountries() {
        Locale locale = faces.getViewRoot().getLocale();
        return Arrays.stream(Locale.getISOCountries())
                .map(c -> new Option(c, IsoCodes.countryName(c, locale)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    public List<String> getNeeds() {
        return Arrays.stream(Need.values()).map(Enum::name).toList();
    }

    public List<Option> getLanguages() {
        Locale locale = faces.getViewRoot().getLocale();
        return List.of("en", "fr", "es", "pt", "de", "sv", "ru", "ar", "zh", "it", "nl").stream()
                .map(l -> new Option(l, IsoCodes.languageName(l, locale)))
                .toList();
    }

    public String countryName(String code) {
        return IsoCodes.countryName(code, faces.getViewRoot().getLocale());
    }

    public FinderAnswer getAnswer() {
        return answer;
    }

    public String getCountry() {
        return country;
    }

    public String getNeed() {
        return need;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getAt() {
        return at;
    }
}
