package org.liaisonhub.security.web;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.liaisonhub.platform.web.ApiPaths;
import org.liaisonhub.security.AccessRule;
import org.liaisonhub.security.domain.Role;

/**
 * Who may open which page: one table, checked by {@link PageAccessFilter} against the container-normalised path
 * of every request. A path no row covers is refused (404): deny by default. Rows match exactly and case
 * sensitively, and a path that is not in canonical form (double slash, {@code .} or {@code ..} segments, a
 * {@code ;}, a backslash, an escape left over) matches no row, so another spelling of a protected page never
 * reaches it. Folder rows cover only {@code *.xhtml} pages, so {@code /editorial/edit.xhtml/} (which would bypass
 * the Faces mapping and could be served as source) matches nothing.
 */
public final class PageAccess {

    /** How a row matches a path. */
    public enum Match {
        /** Exactly this path. */
        EXACT,
        /** Any {@code .xhtml} page under this folder. */
        PAGES_UNDER,
        /** The JSON API under this folder: every resource method applies its own rule (ResourceAccessFeature). */
        API_UNDER
    }

    /** One row of the table. */
    public record PageRule(String path, Match match, AccessRule access) {

        boolean covers(String candidate) {
            return switch (match) {
                case EXACT -> candidate.equals(path);
                case PAGES_UNDER ->
                    candidate.startsWith(path)
                            && candidate.endsWith(".xhtml")
                            && candidate.length() > path.length() + ".xhtml".length();
                case API_UNDER -> candidate.startsWith(path) && candidate.length() > path.length();
            };
        }

        /** The HTTP methods the row lets through; the API's resources refuse undeclared ones themselves. */
        public Set<String> methods() {
            if (match == Match.API_UNDER) {
                return API_METHODS;
            }
            return match == Match.PAGES_UNDER || path.equals("/") || path.endsWith(".xhtml")
                    ? PAGE_METHODS
                    : FILE_METHODS;
        }
    }

    static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    static final Set<String> FILE_METHODS = Set.of("GET", "HEAD");
    /** No OPTIONS: no other origin is served (CSP), and the JAX-RS automatic answer would skip every filter. */
    static final Set<String> API_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");

    private static final AccessRule EDITORS = AccessRule.anyOf(Role.EDITOR);
    private static final AccessRule ADMINS = AccessRule.anyOf(Role.ADMIN);
    private static final AccessRule SIGNED_IN = AccessRule.anyOf(Role.MEMBER, Role.EDITOR, Role.ADMIN);

    /** The rules of docs/security.md: editorial pages for editors, administration for admins, the rest public. */
    static final List<PageRule> RULES = List.of(
            new PageRule("/", Match.EXACT, AccessRule.EVERYONE),
            new PageRule("/index.xhtml", Match.EXACT, AccessRule.EVERYONE),
            new PageRule("/search.xhtml", Match.EXACT, AccessRule.EVERYONE),
            new PageRule("/login.xhtml", Match.EXACT, AccessRule.EVERYONE),
            new PageRule("/favicon.svg", Match.EXACT, AccessRule.EVERYONE),
            new PageRule("/directory/", Match.PAGES_UNDER, AccessRule.EVERYONE),
            new PageRule("/resources/", Match.PAGES_UNDER, AccessRule.EVERYONE),
            new PageRule("/practices/", Match.PAGES_UNDER, AccessRule.EVERYONE),
            new PageRule("/errors/", Match.PAGES_UNDER, AccessRule.EVERYONE),
            // Faces resources (the CSS, PrimeFaces' scripts and fonts), served by the Faces servlet as *.xhtml.
            new PageRule("/jakarta.faces.resource/", Match.PAGES_UNDER, AccessRule.EVERYONE),
            new PageRule("/editorial/", Match.PAGES_UNDER, EDITORS),
            new PageRule("/admin/", Match.PAGES_UNDER, ADMINS),
            new PageRule("/alerts/", Match.PAGES_UNDER, SIGNED_IN),
            new PageRule(ApiPaths.PREFIX, Match.API_UNDER, AccessRule.EVERYONE));

    /**
     * Rows a deployment adds for servlets of its own, found with {@link ServiceLoader}: the production WAR has none;
     * the in-container test deployments add the address of the test runner servlet they bring.
     */
    public interface ContributedRows {
        List<PageRule> rows();
    }

    private static final List<PageRule> CONTRIBUTED =
            ServiceLoader.load(ContributedRows.class, PageAccess.class.getClassLoader()).stream()
                    .flatMap(provider -> provider.get().rows().stream())
                    .toList();

    private PageAccess() {}

    /** The row covering this path (servlet path plus path info), or empty: refused. */
    public static Optional<PageRule> ruleFor(String path) {
        if (!isCanonical(path)) {
            return Optional.empty();
        }
        return Stream.concat(RULES.stream(), CONTRIBUTED.stream())
                .filter(rule -> rule.covers(path))
                .findFirst();
    }

    /** Whether the path is written the one way the table knows: no other spelling may match a row. */
    static boolean isCanonical(String path) {
        if (path == null
                || !path.startsWith("/")
                || path.contains("//")
                || path.contains("/./")
                || path.contains("/../")
                || path.endsWith("/.")
                || path.endsWith("/..")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || c == '\\' || c == '%' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
