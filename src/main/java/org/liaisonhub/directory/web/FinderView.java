package org.liaisonhub.directory.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liaisonhub.directory.application.ContactFinder;
import org.liaisonhub.directory.application.FinderAnswer;
import org.liaisonhub.directory.application.Need;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.security.Viewer;

/** The guided "whom do I contact?" page: a GET form (country, need, language) and the ranked routes. */
@Named
@ViewScoped
public class FinderView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A choice in a drop-down list. */
    public record Option(String value, String label) {
    }

    @Inject
    transient ContactFinder finder;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private String country = "";
    private String need = "";
    private String language = "";
    private FinderAnswer answer;

    @PostConstruct
    void init() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        country = params.getOrDefault("country", "").strip().toUpperCase(Locale.ROOT);
        need = params.getOrDefault("need", "").strip().toUpperCase(Locale.ROOT);
        language = params.getOrDefault("language", "").strip().toLowerCase(Locale.ROOT);
        if (IsoCodes.isCountry(country) && Need.fromCode(need).isPresent()) {
            answer = finder.find(country, Need.fromCode(need).orElseThrow(),
                    IsoCodes.isLanguage(language) ? language : null, viewer);
        }
    }

    public List<Option> getCountries() {
        Locale locale = faces.getViewRoot().getLocale();
        return Arrays.stream(Locale.getISOCountries()).map(c -> new Option(c, IsoCodes.countryName(c, locale)))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    public List<String> getNeeds() {
        return Arrays.stream(Need.values()).map(Enum::name).toList();
    }

    public List<Option> getLanguages() {
        Locale locale = faces.getViewRoot().getLocale();
        return List.of("en", "fr", "es", "pt", "de", "sv", "ru", "ar", "zh", "it", "nl").stream()
                .map(l -> new Option(l, IsoCodes.languageName(l, locale))).toList();
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
}
