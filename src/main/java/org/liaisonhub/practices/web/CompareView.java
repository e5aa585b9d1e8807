package org.liaisonhub.practices.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.practices.application.CountryComparison;
import org.liaisonhub.practices.application.InsightsService;
import org.liaisonhub.security.Viewer;

/**
 * {@code /practices/compare.xhtml?country=SE&country=DE}: two or more countries' answers side by side,
 * question by question. Unknown codes are named in a message; fewer than two countries ask for more.
 */
@Named
@ViewScoped
public class CompareView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InsightsService insights;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private List<String> unknown = new ArrayList<>();
    private CountryComparison comparison;

    @PostConstruct
    void init() {
        String[] values =
                faces.getExternalContext().getRequestParameterValuesMap().get("country");
        List<String> codes = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            for (String part : value.split(",")) {
                String code = part.strip().toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (IsoCodes.isCountry(code)) {
                    codes.add(code);
                } else {
                    unknown.add(part.strip());
                }
            }
        }
        comparison = insights.compare(codes, viewer);
    }

    public CountryComparison getComparison() {
        return comparison;
    }

    public boolean isEnough() {
        return comparison.countries().size() >= 2;
    }

    public List<String> getUnknown() {
        return unknown;
    }

    public String getUnknownText() {
        return String.join(", ", unknown);
    }

    public String countryName(String code) {
        return IsoCodes.countryName(code, faces.getViewRoot().getLocale());
    }

    /** Countries with practices, for the choice form. */
    public List<String> getAvailable() {
        return insights.insights(null, null, null, viewer).countries();
    }

    public boolean chosen(String code) {
        return comparison.countries().contains(code);
    }

    static List<String> split(String s) {
        return Arrays.asList(s.split(","));
    }
}
