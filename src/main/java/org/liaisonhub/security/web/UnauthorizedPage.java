package org.liaisonhub.security.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of every 401 (web.xml's error page for it): a JSON error with the message the authentication
 * mechanism left in the request. The mechanism only sets the status and the Basic challenge; the container then
 * sends the error through this page. Writing the body in the mechanism itself made Undertow try to send the error
 * again on a committed response, which it logged as an ERROR with a stack trace on every refused API call.
 * The same page writes the body of a 429 (a caller backing off after failed sign-ins).
 */
@WebServlet("/errors/unauthorized")
public class UnauthorizedPage extends HttpServlet {

    static final String MESSAGE = UnauthorizedPage.class.getName() + ".message";
    public static final String DEFAULT_MESSAGE = "Sign in: send HTTP Basic credentials of a Liaison account.";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object message = request.getAttribute(MESSAGE);
        SecurityHeadersFilter.apply(response);
        response.setContentType("application/json;charset=UTF-8");
        boolean throttled = Integer.valueOf(429).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("error", throttled ? "too-many-attempts" : "unauthorized")
                        .add("message", message instanceof String s ? s : DEFAULT_MESSAGE)
                        .build()
                        .toString());
    }
}
