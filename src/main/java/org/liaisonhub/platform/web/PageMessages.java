package org.liaisonhub.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The page's message bundle ({@code msg}, in the viewer's language) and its messages, for page beans: the texts a
 * bean composes itself (labels, formatted messages) and the messages it adds to the page. One way to do it, so that
 * a missing key, arguments and severities behave the same on every page.
 */
public final class PageMessages {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Consumer<FacesMessage> page;

    PageMessages(ResourceBundle bundle, Locale locale, Consumer<FacesMessage> page) {
        this.bundle = bundle;
        this.locale = locale;
        this.page = page;
    }

    /** The bundle of the current view's language; messages go to the page as a whole (no component id). */
    public static PageMessages of(FacesContext faces) {
        return new PageMessages(
                faces.getApplication().getResourceBundle(faces, "msg"),
                faces.getViewRoot() == null
                        ? Locale.ENGLISH
                        : faces.getViewRoot().getLocale(),
                message -> faces.addMessage(null, message));
    }

    /** The text under {@code key}; a missing key is a programming error (the bundles' completeness is tested). */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The text under {@code key}, or {@code fallback} where the bundle has none (e.g. a label for a free value). */
    public String textOr(String key, String fallback) {
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** The text under {@code key} with its {@code {0}}, {@code {1}}… filled in, numbers and dates in the viewer's language. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, format(key, arguments));
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, format(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, format(key, arguments));
    }

    /** A message already written out (e.g. composed of several bundle texts). */
    public void add(FacesMessage.Severity severity, String text) {
        page.accept(new FacesMessage(severity, text, null));
    }
}
