package org.liaisonhub.editorial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.liaisonhub.editorial.application.ReportService;
import org.liaisonhub.editorial.application.ReportSummary;
import org.liaisonhub.security.Viewer;

/** {@code /editorial/reports.xhtml}: open "report outdated" entries, oldest first; {@code ?all=true} shows handled ones too. */
@Named
@ViewScoped
public class ReportQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private boolean all;
    private List<ReportSummary> list;

    @PostConstruct
    void init() {
        all = "true".equals(faces.getExternalContext().getRequestParameterMap().get("all"));
        load();
    }

    private void load() {
        list = reports.list(all, viewer);
    }

    public void markHandled(long id) {
        reports.markHandled(id, viewer);
        load();
    }

    public List<ReportSummary> getReports() {
        return list;
    }

    public boolean isAll() {
        return all;
    }
}
