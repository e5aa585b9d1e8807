package org.liaisonhub.editorial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaisonhub.editorial.application.FreshnessService;
import org.liaisonhub.editorial.application.StaleCountry;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.security.Viewer;

/** {@code /editorial/stale.xhtml}: entries that need verification, grouped by country with counts. */
@Named
@ViewScoped
public class StaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FreshnessService freshness;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private List<StaleCountry> countries;

    @PostConstruct
    void init() {
        countries = freshness.staleByCountry(viewer, LocalDate.now());
    }

    public List<StaleCountry> getCountries() {
        return countries;
    }

    public int getTotal() {
        return countries.stream().mapToInt(StaleCountry::count).sum();
    }

    public String countryName(String code) {
        return IsoCodes.countryName(code, faces.getViewRoot().getLocale());
    }
}
