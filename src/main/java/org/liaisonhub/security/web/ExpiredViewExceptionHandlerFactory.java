package org.liaisonhub.security.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A post whose view state is unknown (expired session, or forged by another site: the CSRF case) shows
 * {@code errors/expired.xhtml} with status 400, instead of going to the container as an exception (which
 * would answer 500). Registered in faces-config.xml.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }

    static final class ExpiredViewHandler extends ExceptionHandlerWrapper {

        ExpiredViewHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                if (faces != null
                        && isExpiredView(thrown)
                        && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    faces.setViewRoot(
                            faces.getApplication().getViewHandler().createView(faces, "/errors/expired.xhtml"));
                    faces.getPartialViewContext().setRenderAll(true);
                    faces.getExternalContext().setResponseStatus(400);
                    faces.renderResponse();
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpiredView(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
