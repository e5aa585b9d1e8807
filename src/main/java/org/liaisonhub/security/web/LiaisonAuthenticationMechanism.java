package org.liaisonhub.security.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One mechanism for both audiences: people sign in through the form on /login.xhtml (the session then
 * carries them), programs send HTTP Basic with each API call. A protected page without a signed-in user
 * redirects to the form; a protected API call answers 401 with a Basic challenge and a JSON body.
 */
@ApplicationScoped
@AutoApplySession
public class LiaisonAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** The challenge of every 401, here and where the API's access rules refuse an anonymous caller. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"Liaison\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identities;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeadersFilter.apply(response);
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            // The sign-in form called SecurityContext.authenticate(...) with the user's credential.
            CredentialValidationResult result = identities.validate(submitted);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).strip());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT
                    : identities.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(request, response, "Wrong user name or password, or too many failed attempts.");
        }
        if (context.isProtected()) {
            if (isApi(request)) {
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

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A 401 with a Basic challenge. The status is only set here: the container sends the error and web.xml's error
     * page for 401 ({@link UnauthorizedPage}) writes the JSON body with {@code message}.
     */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
            String message) {
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.setAttribute(UnauthorizedPage.MESSAGE, message);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
