package org.liaisonhub.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaisonhub.directory.application.AuthorityRef;
import org.liaisonhub.directory.application.DirectoryService;
import org.liaisonhub.resources.application.ResourceDetails;
import org.liaisonhub.security.Viewer;

/**
 * The authorities in Liaison that belong to a network, for the network's page ({@code resources/resource.xhtml}):
 * the directory knows its authorities' memberships, so it lists them, and the resources feature needs no arrow to
 * the directory. Looked up once per request and resource.
 */
@Named
@RequestScoped
public class NetworkMembersView {

    @Inject
    DirectoryService directory;

    @Inject
    Viewer viewer;

    private final Map<String, List<AuthorityRef>> members = new HashMap<>();

    /** The visible authorities that name {@code resource} (by name or acronym) among their networks. */
    public List<AuthorityRef> of(ResourceDetails resource) {
        if (resource == null) {
            return List.of();
        }
        return members.computeIfAbsent(resource.key(), key -> directory.membersOf(names(resource), viewer));
    }

    static List<String> names(ResourceDetails resource) {
        List<String> names = new ArrayList<>(List.of(resource.name()));
        if (resource.acronym() != null) {
            names.add(resource.acronym());
        }
        return names;
    }
}
