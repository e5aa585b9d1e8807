package org.liaisonhub.practices.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.web.DetailPage;
import org.liaisonhub.practices.application.PracticeDetails;
import org.liaisonhub.practices.application.PracticeService;
import org.liaisonhub.security.Viewer;

/** A good practice; for a questionnaire response, every answer under its question. */
@Named
@ViewScoped
public class PracticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeService practices;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private PracticeDetails practice;

    @PostConstruct
    void init() {
        practice = DetailPage.load(faces, key -> practices.details(key, viewer));
    }

    public PracticeDetails getPractice() {
        return practice;
    }

    public String getCountryName() {
        return IsoCodes.countryName(practice.country(), faces.getViewRoot().getLocale());
    }
}
