package org.liaisonhub.resources.domain;

import java.io.Serializable;
import java.util.Set;

import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;

/** Everything a network resource says, without its identity. */
public record ResourceContent(
        String name,
        String acronym,
        ResourceKind kind,
        String description,
        String url,
        Access access,
        String operator,
        Set<IctCategory> ictCategories,
        Visibility visibility) implements Serializable {

    public ResourceContent {
        access = access == null ? Access.OPEN : access;
        ictCategories = Set.copyOf(ictCategories);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }
}
