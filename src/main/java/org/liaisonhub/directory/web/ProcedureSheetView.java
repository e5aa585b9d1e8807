package org.liaisonhub.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaisonhub.directory.application.ProcedureSheetDetails;
import org.liaisonhub.directory.application.ProcedureSheetService;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.web.DetailPage;
import org.liaisonhub.security.Viewer;

/** One country procedure sheet ({@code directory/procedure.xhtml?key=se-eio}); a hidden sheet is not found. */
@Named
@ViewScoped
public class ProcedureSheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProcedureSheetService sheets;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private ProcedureSheetDetails sheet;

    @PostConstruct
    void init() {
        sheet = DetailPage.load(faces, key -> sheets.sheet(key, viewer));
    }

    public ProcedureSheetDetails getSheet() {
        return sheet;
    }

    public String getCountryName() {
        return IsoCodes.countryName(sheet.country(), faces.getViewRoot().getLocale());
    }
}
