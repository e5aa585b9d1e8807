package org.liaisonhub.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests address the API ({@code RestApplication}'s {@code /api}): filters and error pages answer those with
 * JSON, and everything else as a page. One test, so that every refusal agrees on who is a program and who a person.
 */
public final class ApiPaths {

    /** The start of every API address, below the context path. */
    public static final String PREFIX = "/api/";

    private ApiPaths() {}

    /** Whether the request's address is the API's. */
    public static boolean isApi(HttpServletRequest request) {
        return isApi(request.getContextPath(), request.getRequestURI());
    }

    /**
     * Whether {@code requestUri}, an address as the container gives it (context path included, not decoded), is the
     * API's; e.g. the failed request's address on an error page.
     */
    public static boolean isApi(String contextPath, String requestUri) {
        return requestUri != null && requestUri.startsWith((contextPath == null ? "" : contextPath) + PREFIX);
    }
}
