package org.liaisonhub.editorial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.editorial.application.EditConflictException;
import org.liaisonhub.editorial.application.EditorialService;
import org.liaisonhub.editorial.application.EntryForEdit;
import org.liaisonhub.editorial.application.EntryHistoryService;
import org.liaisonhub.editorial.application.HistoryEntry;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.security.Viewer;

/** {@code /editorial/history.xhtml?type=…&key=…}: who changed which field when, and "restore this version". */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EntryHistoryService history;

    @Inject
    transient EditorialService editorial;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private EntryType type;
    private String key;
    private List<HistoryEntry> revisions = List.of();
    /** The entry as the editor saw it with this page: a restore is checked against it, like a save in the form. */
    private EntryForEdit seen;

    /**
     * Runs before the page renders ({@code f:viewAction}), so that {@link #init()} meets an unknown type or key while
     * nothing of the page is written yet: the 404 goes out instead of a page that fails half-way.
     */
    public void requireEntry() {
        // Calling any method is enough: the bean's @PostConstruct has run and answered 404 where needed.
    }

    @PostConstruct
    void init() {
        var params = faces.getExternalContext().getRequestParameterMap();
        Optional<EntryType> t = EntryType.fromCode(params.getOrDefault("type", ""));
        key = params.get("key");
        Optional<List<HistoryEntry>> found =
                t.isEmpty() || key == null ? Optional.empty() : history.history(t.get(), key.strip());
        if (found.isEmpty()) {
            try {
                faces.getExternalContext().responseSendError(404, "Not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        type = t.get();
        key = key.strip();
        revisions = found.get();
        seen = editorial.open(type, key).orElse(null);
    }

    public void restore(long revision) {
        try {
            seen = history.restore(type, key, revision, seen.version(), seen.content(), viewer.name());
            messages().add(FacesMessage.SEVERITY_INFO, messages().text("history.restored"));
        } catch (InvalidDocumentException e) {
            messages()
                    .add(
                            FacesMessage.SEVERITY_ERROR,
                            e.getMessage() + ": "
                                    + e.problems().stream()
                                            .map(p -> p.field() + " " + p.message())
                                            .toList());
        } catch (EditConflictException e) {
            // The same words as the edit form: who saved, when, and what changed. The list below now shows their
            // revision, so a second click restores deliberately over it.
            messages().add(FacesMessage.SEVERITY_ERROR, conflictMessage(e));
            seen = editorial.open(type, key).orElse(seen);
        }
        revisions = history.history(type, key).orElse(List.of());
    }

    private String conflictMessage(EditConflictException e) {
        PageMessages messages = messages();
        StringBuilder text = new StringBuilder(messages.text("edit.conflict"))
                .append(' ')
                .append(messages.format("edit.conflictWho", e.changedBy(), e.changedAt(), e.currentVersion()));
        e.changes().forEach(c -> text.append(' ')
                .append(c.field())
                .append(": ")
                .append(c.before())
                .append(" → ")
                .append(c.after())
                .append(';'));
        return text.append(' ').append(messages.text("history.conflictAgain")).toString();
    }

    private PageMessages messages() {
        return PageMessages.of(faces);
    }

    public List<HistoryEntry> getRevisions() {
        return revisions;
    }

    public String getType() {
        return type == null ? null : type.code();
    }

    public String getKey() {
        return key;
    }
}
