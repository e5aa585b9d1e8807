package org.liaisonhub.security.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.security.domain.Role;

/** The sign-in form and signing out. */
@Named
@ViewScoped
public class SignInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext faces;

    @Inject
    transient ExternalContext external;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id after sign-in, so a session id planted before cannot be used afterwards.
            String id = request.changeSessionId();
            SessionStampFilter.keepSignedInStamp(request);
            if (request.isUserInRole(Role.ADMIN_NAME)) {
                strictSessionCookie(request, response, id);
            }
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            Object wait = request.getAttribute(LiaisonAuthenticationMechanism.RETRY_AFTER);
            PageMessages messages = PageMessages.of(faces);
            if (wait instanceof Long seconds) {
                messages.error("signin.throttled", (seconds + 59) / 60);
            } else {
                messages.add(FacesMessage.SEVERITY_ERROR, messages.text("signin.failed"));
            }
        }
    }

    /**
     * An admin's session cookie again, now with {@code SameSite=Strict}: no link from another site, not even a
     * top-level one, arrives with an admin's session. (Everyone else's is Lax: {@link SessionCookieSettings}.)
     */
    private static void strictSessionCookie(HttpServletRequest request, HttpServletResponse response, String id) {
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        Cookie cookie = new Cookie(config.getName() == null ? "JSESSIONID" : config.getName(), id);
        cookie.setPath(
                config.getPath() != null
                        ? config.getPath()
                        : request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute(SessionCookieSettings.SAME_SITE, "Strict");
        response.addCookie(cookie);
    }

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /** Only a path inside the portal, never another site (no open redirect). */
    private String safeNext() {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
