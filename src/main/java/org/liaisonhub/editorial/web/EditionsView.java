package org.liaisonhub.editorial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liaisonhub.editorial.application.EditionDownloadSummary;
import org.liaisonhub.editorial.application.EditionRejectedException;
import org.liaisonhub.editorial.application.EditionService;
import org.liaisonhub.editorial.application.EditionService.EditionRequest;
import org.liaisonhub.editorial.application.EditionSummary;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.security.Viewer;

/**
 * {@code /editorial/editions.xhtml}: generate a signed offline edition (scope, audience, validity, language of the
 * PDF's labels), list the editions with their files and signatures, and who downloaded which file when.
 */
@Named
@ViewScoped
public class EditionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EditionService editions;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private String scope = "country";
    private String value;
    private String audience = "members";
    private Integer validDays = EditionService.DEFAULT_VALID_DAYS;
    private String language;
    private List<EditionSummary> list;
    private final Map<Long, List<EditionDownloadSummary>> downloads = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        language = faces.getViewRoot().getLocale().getLanguage();
        load();
    }

    private void load() {
        list = editions.list(viewer);
        downloads.clear();
    }

    public void generate() {
        PageMessages messages = PageMessages.of(faces);
        try {
            EditionSummary created =
                    editions.generate(new EditionRequest(scope, value, audience, validDays, language), viewer);
            messages.info("edition.generated.message", created.id(), created.entries());
            load();
        } catch (EditionRejectedException e) {
            messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    /** Who downloaded this edition's files, newest first, read once per page view. */
    public List<EditionDownloadSummary> downloads(long id) {
        return downloads.computeIfAbsent(id, i -> editions.downloads(i, viewer));
    }

    public List<EditionSummary> getEditions() {
        return list;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
