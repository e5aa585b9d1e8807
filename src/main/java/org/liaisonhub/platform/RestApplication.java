package org.liaisonhub.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api; the portal pages everywhere else. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
