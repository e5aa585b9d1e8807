package org.liaisonhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.liaisonhub.platform.NulCharacters;

/**
 * Refuses requests that carry a NUL character (U+0000) in the address, its query or a page's form fields.
 * No text in Liaison may contain one, and PostgreSQL refuses it in any string, so without this a key like
 * {@code %00} would reach the database and fail there instead of getting a plain 400. JSON bodies are checked
 * by {@code NulCharacterRequestFilter} in the API (the same {@link NulCharacters}); uploaded files may hold NUL bytes
 * and are not checked here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NulCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (carriesNul(request)) {
            boolean api = ApiPaths.isApi(request);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding("UTF-8");
            if (api) {
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"bad-request\",\"message\":\"" + NulCharacters.MESSAGE + "\"}");
            } else {
                response.setContentType("text/plain");
                response.getWriter().write(NulCharacters.MESSAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean carriesNul(HttpServletRequest request) throws java.io.UnsupportedEncodingException {
        String query = request.getQueryString();
        if (NulCharacters.inAddress(request.getRequestURI()) || NulCharacters.inAddress(query)) {
            return true;
        }
        // Page forms only: the API reads its own bodies, and reading parameters here would consume them.
        String type = request.getContentType();
        boolean pageForm = "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !ApiPaths.isApi(request);
        if (pageForm && request.getCharacterEncoding() == null) {
            // Reading the parameters fixes their encoding: set the one JSF would set, or "é" arrives as "Ã©".
            request.setCharacterEncoding("UTF-8");
        }
        return pageForm
                && request.getParameterMap().values().stream()
                        .flatMap(Arrays::stream)
                        .anyMatch(NulCharacters::inText);
    }
}
