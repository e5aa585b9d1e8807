package org.liaisonhub.security.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import org.liaisonhub.platform.web.ApiPaths;
import org.liaisonhub.security.application.CredentialCache;
import org.liaisonhub.security.application.LiaisonIdentityStore;

/**
 * Ends a signed-in session at its next request once the user was disabled, lost or gained a role, or had their
 * password reset: the session keeps the user's security stamp from sign-in, and this filter compares it with the
 * stored one on every request (one indexed lookup; Faces resources are skipped). A page request is then sent to
 * the sign-in form, an API call answers 401 with a JSON message.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionStampFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute set by the authentication mechanism when it has just verified credentials. */
    static final String SIGNED_IN_STAMP = SessionStampFilter.class.getName() + ".signedIn";
    /** Session attribute: the stamp the session signed in with. */
    static final String SESSION_STAMP = SessionStampFilter.class.getName() + ".stamp";

    @Inject
    transient LiaisonIdentityStore identities;

    @Inject
    transient CredentialCache verified;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller == null
                || session == null
                || isFacesResource(request)
                || request.getAttribute(SIGNED_IN_STAMP) != null) {
            chain.doFilter(request, response);
            keepSignedInStamp(request);
            return;
        }
        Optional<Long> current = identities.currentStamp(caller.getName());
        Object kept = session.getAttribute(SESSION_STAMP);
        if (current.isPresent() && (kept == null || current.get().equals(kept))) {
            if (kept == null) { // signed in before stamps were kept: from now on
                session.setAttribute(SESSION_STAMP, current.get());
            }
            chain.doFilter(request, response);
            return;
        }
        end(request, response, session, caller.getName());
    }

    /**
     * Credentials were verified during this request (the sign-in form's action, or HTTP Basic): the session, if
     * there is one now, keeps the stamp they were verified with.
     */
    static void keepSignedInStamp(HttpServletRequest request) {
        Object fresh = request.getAttribute(SIGNED_IN_STAMP);
        HttpSession session = fresh == null ? null : request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_STAMP, fresh);
        }
    }

    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session, String name)
            throws IOException, ServletException {
        session.invalidate();
        request.logout();
        verified.forget(name);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ApiPaths.isApi(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", "unauthorized")
                            .add("message", "Your session has ended because your account changed. Sign in again.")
                            .build()
                            .toString());
            return;
        }
        String next = "GET".equals(request.getMethod())
                ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : "/index.xhtml";
        response.sendRedirect(request.getContextPath() + LiaisonAuthenticationMechanism.LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private static boolean isFacesResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
