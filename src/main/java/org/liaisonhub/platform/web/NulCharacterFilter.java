package org.liaisonhub.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses requests that carry a NUL character (U+0000) in the address, its query or a page's form fields.
 * No text in Liaison may contain one, and PostgreSQL refuses it in any string, so without this a key like
 * {@code %00} would reach the database and fail there instead of getting a plain 400. JSON bodies are checked
 * by {@code NulCharacterRequestFilter} in the API; uploaded files may hold NUL bytes and are not checked here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NulCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String MESSAGE = "The request contains a NUL character (U+0000), which no text in Liaison may "
            + "contain. Remove it and try again.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (carriesNul(request)) {
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding("UTF-8");
            if (api) {
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"bad-request\",\"message\":\"" + MESSAGE + "\"}");
            } else {
                response.setContentType("text/plain");
                response.getWriter().write(MESSAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean carriesNul(HttpServletRequest request) throws java.io.UnsupportedEncodingException {
        String query = request.getQueryString();
        if (hasEncodedNul(request.getRequestURI()) || query != null && hasEncodedNul(query)) {
            return true;
        }
        // Page forms only: the API reads its own bodies, and reading parameters here would consume them.
        String type = request.getContentType();
        boolean pageForm = "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (pageForm && request.getCharacterEncoding() == null) {
            // Reading the parameters fixes their encoding: set the one JSF would set, or "é" arrives as "Ã©".
            request.setCharacterEncoding("UTF-8");
        }
        return pageForm && request.getParameterMap().values().stream()
                .flatMap(java.util.Arrays::stream).anyMatch(value -> value.indexOf('\0') >= 0);
    }

    static boolean hasEncodedNul(String raw) {
        return raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00");
    }
}
