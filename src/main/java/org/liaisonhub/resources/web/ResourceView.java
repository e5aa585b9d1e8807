package org.liaisonhub.resources.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liaisonhub.directory.application.AuthorityRef;
import org.liaisonhub.directory.application.DirectoryService;
import org.liaisonhub.platform.web.DetailPage;
import org.liaisonhub.resources.application.ResourceDetails;
import org.liaisonhub.resources.application.ResourceService;
import org.liaisonhub.security.Viewer;

/** A network resource: what it is for, who may use it, and which authorities in Liaison belong to it. */
@Named
@ViewScoped
public class ResourceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResourceService resources;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private ResourceDetails resource;
    private List<AuthorityRef> members = List.of();

    @PostConstruct
    void init() {
        resource = DetailPage.load(faces, key -> resources.details(key, viewer));
        if (resource != null) {
            List<String> names = new ArrayList<>(List.of(resource.name()));
            if (resource.acronym() != null) {
                names.add(resource.acronym());
            }
            members = directory.membersOf(names, viewer);
        }
    }

    public ResourceDetails getResource() {
        return resource;
    }

    public List<AuthorityRef> getMembers() {
        return members;
    }
}
