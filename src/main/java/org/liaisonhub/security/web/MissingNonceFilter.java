package org.liaisonhub.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * With the Content Security Policy on, PrimeFaces also checks that every JSF post carries the nonce of the page it
 * came from, and refuses one without (a forged or replayed post: the CSRF case) by throwing out of the Faces
 * servlet, which the container would answer with a 500. This shows {@code errors/expired.xhtml} with status 400
 * instead, as {@link ExpiredViewExceptionHandlerFactory} does for an unknown view state: rendered as a fresh GET,
 * so no part of the refused post is processed again.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class MissingNonceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!isMissingNonce(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            SecurityHeadersFilter.apply(response);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher("/errors/expired.xhtml").forward(new FreshGet(request), response);
        }
    }

    private static boolean isMissingNonce(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /** The refused post seen as a plain GET without parameters. */
    private static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
