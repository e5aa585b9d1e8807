package org.liaisonhub.security.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.liaisonhub.platform.ApiError;

/**
 * Refuses API writes another site could make a signed-in browser send (cross-site request forgery). A browser
 * sends a form post, a {@code text/plain} or a body-less request to any site without asking first, with the
 * user's cookies and cached Basic credentials; a JSON write or one with a custom header it only sends after a
 * CORS preflight, which this API never grants. So a write (POST, PUT, PATCH, DELETE) is refused with 403 when
 * <ul>
 * <li>it names a foreign {@code Origin} (or {@code Origin: null}), or the browser says it comes from another site
 * ({@code Sec-Fetch-Site: cross-site / same-site}), whatever its content type; or</li>
 * <li>its content type is one of the CORS-safelisted ones (form-urlencoded, multipart, text/plain) or missing, and
 * it carries neither {@value #REQUESTED_WITH} (any value) nor an {@code Origin} equal to the API's own.</li>
 * </ul>
 * Scripts and other programs send the header; JSON and binary uploads need nothing more.
 */
@Provider
@PreMatching // before resource matching: a refused write learns nothing about paths or accepted types
public class CrossSiteWriteFilter implements ContainerRequestFilter {

    public static final String REQUESTED_WITH = "X-Requested-With";
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final Set<String> SAFELISTED_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        refusal(
                        request.getMethod(),
                        request.getMediaType(),
                        request.getHeaderString("Origin"),
                        request.getHeaderString("Sec-Fetch-Site"),
                        request.getHeaderString(REQUESTED_WITH),
                        request.getUriInfo().getRequestUri())
                .ifPresent(message -> request.abortWith(Response.status(Response.Status.FORBIDDEN)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ApiError.of("forbidden", message))
                        .build()));
    }

    /** Why this request is refused, or empty when it may go on. */
    static Optional<String> refusal(
            String method, MediaType type, String origin, String fetchSite, String requestedWith, URI requestUri) {
        if (!WRITES.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        boolean sameOrigin = origin != null && origin.strip().equalsIgnoreCase(originOf(requestUri));
        if (origin != null && !sameOrigin) {
            return Optional.of("A write from another site (Origin " + origin.strip() + ") is refused.");
        }
        if (fetchSite != null
                && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
            return Optional.of("A write from another site is refused.");
        }
        if (sameOrigin || (requestedWith != null && !requestedWith.isBlank()) || !isSafelisted(type)) {
            return Optional.empty();
        }
        return Optional.of("Send the header " + REQUESTED_WITH + " (any value) with this request: a form post, "
                + "text/plain or empty write without it could come from another site.");
    }

    private static boolean isSafelisted(MediaType type) {
        return type == null
                || SAFELISTED_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    /** scheme://host[:port] as a browser writes it in {@code Origin} (default ports left out). */
    static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
