package org.liaisonhub.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaisonhub.directory.application.AuthorityDetails;
import org.liaisonhub.directory.application.DirectoryService;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.web.DetailPage;
import org.liaisonhub.security.Viewer;

/** An authority with its contact points and networks. */
@Named
@ViewScoped
public class AuthorityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private AuthorityDetails authority;

    @PostConstruct
    void init() {
        authority = DetailPage.load(faces, key -> directory.authority(key, viewer));
    }

    public AuthorityDetails getAuthority() {
        return authority;
    }

    public String getCountryName() {
        return IsoCodes.countryName(authority.country(), faces.getViewRoot().getLocale());
    }
}
