package org.liaisonhub.resources.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaisonhub.platform.web.DetailPage;
import org.liaisonhub.resources.application.ResourceDetails;
import org.liaisonhub.resources.application.ResourceService;
import org.liaisonhub.security.Viewer;

/** A network resource: what it is for and who may use it (its member authorities: directory's NetworkMembersView). */
@Named
@ViewScoped
public class ResourceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResourceService resources;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private ResourceDetails resource;

    @PostConstruct
    void init() {
        resource = DetailPage.load(faces, key -> resources.details(key, viewer));
    }

    public ResourceDetails getResource() {
        return resource;
    }
}
