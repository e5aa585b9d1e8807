package org.liaisonhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaisonhub.platform.ServerTiming;

/**
 * Adds a {@code Server-Timing} header to the search API's answers and the health report: the parts the search
 * service and the JSON writer recorded, and {@code total}, the whole request through the filter chain
 * (docs/search.md). A header must
 * precede the body, and the body's writing is one of the parts, so the (small) body is held until it is complete.
 */
@WebFilter(
        urlPatterns = {"/api/search", "/api/suggest", "/api/health"},
        asyncSupported = true)
public class ServerTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "Server-Timing";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        ServerTiming timing = ServerTiming.start();
        HeldResponse held = new HeldResponse(response);
        try {
            chain.doFilter(request, held);
        } finally {
            ServerTiming.stop();
        }
        byte[] body = held.body();
        response.setHeader(HEADER, timing.header(System.nanoTime() - start));
        if (body.length > 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
