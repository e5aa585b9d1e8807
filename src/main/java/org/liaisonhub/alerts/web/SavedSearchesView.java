package org.liaisonhub.alerts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.liaisonhub.alerts.application.SavedSearchException;
import org.liaisonhub.alerts.application.SavedSearchService;
import org.liaisonhub.alerts.application.SavedSearchSummary;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.security.Viewer;

/**
 * {@code /alerts/index.xhtml}: the signed-in user's saved searches (with their feeds), a form to save one — its
 * search prefilled from {@code ?search=}, the query string of the search page's "Save this search" link — and
 * delete buttons. A refused save shows the reason and keeps what was typed.
 */
@Named
@ViewScoped
public class SavedSearchesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SavedSearchService savedSearches;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private String name;
    private String search;
    private String email;
    private List<SavedSearchSummary> list;

    @PostConstruct
    void init() {
        search = faces.getExternalContext().getRequestParameterMap().get("search");
        load();
    }

    private void load() {
        list = savedSearches.mine(viewer);
    }

    public void save() {
        try {
            savedSearches.save(
                    viewer, name, search, email, faces.getViewRoot().getLocale().getLanguage());
            name = null;
            email = null;
            search = null;
            message(FacesMessage.SEVERITY_INFO, bundle("alerts.saved"));
            load();
        } catch (SavedSearchException | InvalidSearchException e) {
            message(FacesMessage.SEVERITY_ERROR, bundle("alerts.refused") + " " + e.getMessage());
        }
    }

    public void delete(long id) {
        try {
            savedSearches.delete(viewer, id);
            message(FacesMessage.SEVERITY_INFO, bundle("alerts.deleted"));
        } catch (SavedSearchException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        load();
    }

    private String bundle(String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private void message(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<SavedSearchSummary> getSavedSearches() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
