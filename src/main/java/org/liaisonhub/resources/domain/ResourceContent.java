package org.liaisonhub.resources.domain;

import static org.liaisonhub.catalog.validation.ContentRules.REQUIRED;
import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.catalog.validation.WebUrl;

/**
 * Everything a network resource says, without its identity. The constraints are the rules every way in checks
 * ({@code ContentRules}).
 */
public record ResourceContent(
        @NotBlank(message = REQUIRED) @Size(max = 300, message = TOO_LONG)
        String name,

        @Size(max = 50, message = TOO_LONG) String acronym,
        @NotNull(message = REQUIRED) ResourceKind kind,
        @Size(max = 20_000, message = TOO_LONG) String description,
        @WebUrl @Size(max = 2000, message = TOO_LONG) String url,
        Access access,
        @Size(max = 300, message = TOO_LONG) String operator,
        Set<IctCategory> ictCategories,
        Visibility visibility)
        implements Serializable {

    public ResourceContent {
        access = access == null ? Access.OPEN : access;
        ictCategories = Set.copyOf(ictCategories);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }
}
