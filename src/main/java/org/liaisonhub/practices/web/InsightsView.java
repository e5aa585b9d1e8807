package org.liaisonhub.practices.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.web.LocaleView;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.practices.application.InsightsService;
import org.liaisonhub.practices.application.PracticeInsights;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.security.Viewer;

/**
 * {@code /practices/insights.xhtml?country=&ict=&challenge=}: good practices browsed by country, ICT category
 * and challenge, with two bar charts (PrimeFaces {@code p:chart}, a Chart.js configuration as JSON) of how many
 * practices report each ICT category and each challenge.
 */
@Named
@ViewScoped
public class InsightsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InsightsService insights;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private String country;
    private String ict;
    private String challenge;
    private PracticeInsights result;

    @PostConstruct
    void init() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        country = known(params.get("country"), IsoCodes.isCountry(upper(params.get("country"))));
        if (country != null) {
            country = upper(country);
        }
        ict = known(params.get("ict"), isEnum(IctCategory.class, params.get("ict")));
        challenge = known(params.get("challenge"), isEnum(Challenge.class, params.get("challenge")));
        result = insights.insights(country, ict, challenge, viewer);
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String known(String value, boolean valid) {
        return value == null || value.isBlank() || !valid ? null : value.strip();
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        if (value == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return true;
            }
        }
        return false;
    }

    public PracticeInsights getResult() {
        return result;
    }

    public String getCountry() {
        return country;
    }

    public String getIct() {
        return ict;
    }

    public String getChallenge() {
        return challenge;
    }

    public List<String> getIctCategories() {
        return result.ictCounts().keySet().stream().toList();
    }

    public List<String> getChallenges() {
        return result.challengeCounts().keySet().stream().toList();
    }

    public String countryName(String code) {
        return IsoCodes.countryName(code, faces.getViewRoot().getLocale());
    }

    public String getIctChart() {
        return barChart(result.ictCounts(), "ict.", "insights.chart.ict", "#2f7dbd");
    }

    public String getChallengeChart() {
        return barChart(result.challengeCounts(), "challenge.", "insights.chart.challenge", "#c0703a");
    }

    /** A Chart.js 4 bar chart configuration: labels from the bundle, one data set of counts, whole-number axis. */
    private String barChart(Map<String, Long> counts, String labelPrefix, String titleKey, String colour) {
        PageMessages msg = PageMessages.of(faces);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        counts.forEach((name, count) -> {
            labels.add(msg.text(labelPrefix + name));
            data.add(count);
        });
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", msg.text("insights.chart.count"))
                .add("data", data)
                .add("backgroundColor", colour);
        boolean rtl = LocaleView.isRightToLeft(faces.getViewRoot().getLocale());
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add("locale", faces.getViewRoot().getLocale().toLanguageTag())
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", msg.text(titleKey))))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add("reverse", rtl)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("position", rtl ? "right" : "left"))))
                .build()
                .toString();
    }
}
