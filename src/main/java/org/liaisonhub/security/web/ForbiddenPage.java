package org.liaisonhub.security.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaisonhub.platform.web.ApiPaths;

/**
 * web.xml's error page for 403: a program calling the API gets a JSON error, as from every other refusal of the
 * API; a person on a page gets the page {@code /errors/forbidden.xhtml}. The container's security constraints
 * (web.xml) refuse before any application code runs, so this is the one place both audiences pass.
 */
@WebServlet("/errors/forbidden")
public class ForbiddenPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && ApiPaths.isApi(request.getContextPath(), path)) {
            SecurityHeadersFilter.apply(response);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", "forbidden")
                            .add("message", "Your account's role may not do this.")
                            .build()
                            .toString());
            return;
        }
        if (!PageAccess.PAGE_METHODS.contains(request.getMethod())) {
            // The Faces servlet renders no page for PUT, PATCH…: it would turn this 403 into a 400.
            SecurityHeadersFilter.apply(response);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Your account's role may not do this.");
            return;
        }
        request.getRequestDispatcher("/errors/forbidden.xhtml").forward(request, response);
    }
}
