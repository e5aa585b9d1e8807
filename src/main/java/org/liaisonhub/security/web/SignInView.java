package org.liaisonhub.security.web;

import java.io.IOException;
import java.io.Serializable;

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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                .withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id after sign-in, so a session id planted before cannot be used afterwards.
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    faces.getApplication().evaluateExpressionGet(faces, "#{msg['signin.failed']}", String.class),
                    null));
        }
    }

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /** Only a path inside the portal, never another site (no open redirect). */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
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
