package org.liaisonhub.security.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that keep the browser from doing what the portal never needs: being framed, sniffing content
 * types, loading anything from other origins, leaking the address of the page to other sites. Error pages too:
 * the container renders them in an ERROR dispatch, where PrimeFaces sends its policy again.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Same origin only, no page may be framed, and no inline script runs: pages get this policy from PrimeFaces
     * with a per-response nonce appended to script-src (primefaces.CSP_POLICY in web.xml, which must equal
     * this one); everything else (API, static resources, errors) gets it as it is. Styles keep 'unsafe-inline':
     * PrimeFaces components and widgets write style attributes, which a nonce cannot cover.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    /**
     * Browsers take HSTS only from a TLS response (RFC 6797 8.1), and a plain-HTTP development run must stay
     * reachable, so it is sent over TLS only. A year, the usual value; no includeSubDomains: the portal cannot
     * speak for other hosts of its domain.
     */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, new OnePolicyResponse(response));
    }

    /**
     * Sets the headers. The authentication mechanism calls this too: its 401 challenges and sign-in
     * redirects are written before any filter runs.
     */
    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    /**
     * PrimeFaces adds its nonce policy with addHeader; two Content-Security-Policy headers would both apply, and
     * ours (without the nonce) would block the scripts PrimeFaces allowed. Its header replaces ours instead.
     */
    static final class OnePolicyResponse extends HttpServletResponseWrapper {

        OnePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
