package org.liaisonhub.security.web;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.TreeSet;
import org.liaisonhub.platform.web.ApiPaths;
import org.liaisonhub.security.web.PageAccess.Match;
import org.liaisonhub.security.web.PageAccess.PageRule;

/**
 * Applies {@link PageAccess} to every request from outside (forwards and error pages are the application's own
 * dispatches): a path without a row answers 404, a method the row does not take 405, an anonymous caller of a
 * protected page goes to the sign-in page, a signed-in caller without the role gets 403. It reads the path the
 * container has decoded and normalised (servlet path and path info), the same one the Faces servlet resolves.
 * web.xml's security constraints stay as a second line; this filter alone is enough.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class PageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<PageRule> rule = PageAccess.ruleFor(path);
        boolean api = rule.map(r -> r.match() == Match.API_UNDER).orElseGet(() -> ApiPaths.isApi(request));
        if (rule.isEmpty()) {
            refuse(
                    request,
                    response,
                    api,
                    HttpServletResponse.SC_NOT_FOUND,
                    "not-found",
                    "There is nothing at this address.");
            return;
        }
        if (!rule.get().methods().contains(request.getMethod())) {
            response.setHeader(
                    "Allow", String.join(", ", new TreeSet<>(rule.get().methods())));
            refuse(
                    request,
                    response,
                    api,
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "method-not-allowed",
                    "This address does not take " + request.getMethod() + ".");
            return;
        }
        switch (rule.get().access().decide(request.getUserPrincipal() != null, request::isUserInRole)) {
            case ALLOWED -> chain.doFilter(request, response);
            case SIGN_IN_FIRST -> {
                SecurityHeadersFilter.apply(response);
                response.sendRedirect(LiaisonAuthenticationMechanism.signInAddress(request));
            }
            case FORBIDDEN -> {
                SecurityHeadersFilter.apply(response);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    /**
     * The API answers JSON like all its refusals; a person gets the error page of web.xml. Other methods (PUT,
     * PATCH…) get plain text: the Faces servlet would answer the error page itself with a 400.
     */
    private static void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            boolean api,
            int status,
            String code,
            String message)
            throws IOException {
        SecurityHeadersFilter.apply(response);
        if (!api && PageAccess.PAGE_METHODS.contains(request.getMethod())) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (api) {
            response.setContentType("application/json");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", code)
                            .add("message", message)
                            .build()
                            .toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }
}
