package org.liaisonhub.editorial.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaisonhub.editorial.application.ReportRejectedException;
import org.liaisonhub.editorial.application.ReportService;
import org.liaisonhub.security.Viewer;

/** The "report outdated" form on contact, authority and resource pages (signed-in members). */
@Named
@ViewScoped
public class ReportOutdatedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private String comment;
    private boolean sent;

    public void send(String type, String key) {
        try {
            reports.report(type, key, comment, viewer);
            sent = true;
            comment = null;
        } catch (ReportRejectedException e) {
            faces.addMessage("report-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isSent() {
        return sent;
    }
}
