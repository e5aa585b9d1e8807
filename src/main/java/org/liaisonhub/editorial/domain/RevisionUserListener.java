package org.liaisonhub.editorial.domain;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller's name, as Jakarta Security knows it; "system" when nobody signed in. */
public class RevisionUserListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setUsername(callerName());
    }

    private static String callerName() {
        try {
            Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (RuntimeException e) {
            // No CDI container or no security context (unit tests, start-up tasks): the system did it.
            return SYSTEM;
        }
    }
}
