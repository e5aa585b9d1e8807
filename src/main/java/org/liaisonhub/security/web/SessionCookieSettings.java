package org.liaisonhub.security.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code SameSite=Lax}: a browser does not send it with another site's forms, frames, images
 * or scripts, only with a top-level link. Set here because WildFly 39 drops the {@code <attribute>} of web.xml's
 * {@code <cookie-config>} (its deployment reads name, path, domain, secure, http-only and max-age only); Undertow
 * honours the same setting made through the Servlet 6 API. An admin's cookie is made Strict at sign-in
 * ({@link SignInView}).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String SAME_SITE = "SameSite";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute(SAME_SITE, "Lax");
    }
}
