package org.liaisonhub.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.liaisonhub.platform.web.ApiPaths;
import org.liaisonhub.security.application.LiaisonIdentityStore;
import org.liaisonhub.security.application.LiaisonIdentityStore.SignedIn;
import org.liaisonhub.security.application.SignInThrottle;

/**
 * One mechanism for both audiences: people sign in through the form on /login.xhtml (the session then
 * carries them), programs send HTTP Basic with each API call. A protected page without a signed-in user
 * redirects to the form; a protected API call answers 401 with a Basic challenge and a JSON body. Both go through
 * {@link SignInThrottle}: while a caller backs off, the API answers 429 with {@code Retry-After}, the form a message.
 */
@ApplicationScoped
@AutoApplySession
public class LiaisonAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** The challenge of every 401, here and where the API's access rules refuse an anonymous caller. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"Liaison\", charset=\"UTF-8\"";

    /** Request attribute: how many seconds a throttled caller must wait (the sign-in form shows it). */
    public static final String RETRY_AFTER = LiaisonAuthenticationMechanism.class.getName() + ".retryAfter";

    @Inject
    LiaisonIdentityStore identities;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeadersFilter.apply(response);
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted instanceof UsernamePasswordCredential form) {
            // The sign-in form called SecurityContext.authenticate(...) with the user's credential.
            Optional<SignedIn> user = signIn(request, form.getCaller(), form.getPasswordAsString());
            return user.isPresent() ? loggedIn(request, context, user.get()) : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic =
                    decodeBasic(authorization.substring(6).strip());
            Optional<SignedIn> user =
                    basic == null ? Optional.empty() : signIn(request, basic.getCaller(), basic.getPasswordAsString());
            if (user.isPresent()) {
                return loggedIn(request, context, user.get());
            }
            Object wait = request.getAttribute(RETRY_AFTER);
            if (wait != null) {
                return tooManyAttempts(request, response, (Long) wait);
            }
            return challenge(request, response, "Wrong user name or password.");
        }
        if (context.isProtected()) {
            if (ApiPaths.isApi(request)) {
                return challenge(request, response, UnauthorizedPage.DEFAULT_MESSAGE);
            }
            return context.redirect(signInAddress(request));
        }
        return context.doNothing();
    }

    /** The sign-in page, with the page asked for as {@code next}. */
    static String signInAddress(HttpServletRequest request) {
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /**
     * Checks a name and password unless the caller is backing off (then {@link #RETRY_AFTER} says for how long, and
     * nothing is checked); counts the outcome.
     */
    private Optional<SignedIn> signIn(HttpServletRequest request, String username, String password) {
        String address = request.getRemoteAddr();
        String name = username == null
                ? ""
                : username.length() > LiaisonIdentityStore.MAX_USERNAME_LENGTH
                        ? username.substring(0, LiaisonIdentityStore.MAX_USERNAME_LENGTH)
                        : username;
        Optional<Duration> wait = throttle.waitBefore(address, name);
        if (wait.isPresent()) {
            request.setAttribute(RETRY_AFTER, Math.max(1, (wait.get().toMillis() + 999) / 1000));
            return Optional.empty();
        }
        Optional<SignedIn> user = identities.check(username, password);
        if (user.isPresent()) {
            throttle.succeeded(address, name);
        } else {
            throttle.failed(address, name);
        }
        return user;
    }

    private static AuthenticationStatus loggedIn(
            HttpServletRequest request, HttpMessageContext context, SignedIn user) {
        // SessionStampFilter keeps this stamp in the session; a later change of the user's stamp ends the session.
        request.setAttribute(SessionStampFilter.SIGNED_IN_STAMP, user.securityStamp());
        return context.notifyContainerAboutLogin(user.username(), user.groups());
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A 429 with {@code Retry-After}; like the 401, the container sends the error and web.xml's error page writes
     * the JSON body.
     */
    private static AuthenticationStatus tooManyAttempts(
            HttpServletRequest request, HttpServletResponse response, long seconds) {
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setStatus(429);
        request.setAttribute(
                UnauthorizedPage.MESSAGE, "Too many failed sign-in attempts. Try again in " + seconds + " seconds.");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * A 401 with a Basic challenge. The status is only set here: the container sends the error and web.xml's error
     * page for 401 ({@link UnauthorizedPage}) writes the JSON body with {@code message}.
     */
    private static AuthenticationStatus challenge(
            HttpServletRequest request, HttpServletResponse response, String message) {
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.setAttribute(UnauthorizedPage.MESSAGE, message);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
