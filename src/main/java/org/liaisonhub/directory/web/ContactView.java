package org.liaisonhub.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.liaisonhub.directory.application.ContactDetails;
import org.liaisonhub.directory.application.DirectoryService;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.web.DetailPage;
import org.liaisonhub.security.Viewer;

/** A contact point: whom to write to, in which languages, over which channels. */
@Named
@ViewScoped
public class ContactView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private ContactDetails contact;

    @PostConstruct
    void init() {
        contact = DetailPage.load(faces, key -> directory.contact(key, viewer));
    }

    public ContactDetails getContact() {
        return contact;
    }

    public String getCountryName() {
        return IsoCodes.countryName(
                contact.authority().country(), faces.getViewRoot().getLocale());
    }

    public List<String> getLanguageNames() {
        return contact.languages().stream()
                .map(code -> IsoCodes.languageName(code, faces.getViewRoot().getLocale()))
                .toList();
    }
}
