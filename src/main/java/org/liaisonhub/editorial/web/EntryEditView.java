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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.application.EditConflictException;
import org.liaisonhub.editorial.application.EditorialService;
import org.liaisonhub.editorial.application.EntryForEdit;
import org.liaisonhub.editorial.application.FieldChange;
import org.liaisonhub.editorial.application.WorkflowException;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.platform.Pages;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.security.Viewer;

/**
 * The editor page for any kind of entry ({@code /editorial/edit.xhtml?type=authority&key=…}; without a key it creates
 * one). The fields are the {@link EntryForm} of the entry's type ({@code #{entryEditView.form.name}}); this bean
 * loads, saves and moves the entry. The form keeps the content it was opened with, so a save after someone else's
 * is refused and shows their change, while the editor's own input stays in the form.
 */
@Named
@ViewScoped
public class EntryEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EditorialService editorial;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private EntryType type;
    private boolean creating;
    private String key;
    private PublicationStatus status;
    private long loadedVersion;
    private Instant updatedAt;
    private String updatedBy;
    private EditConflictException conflict;
    private EntryForm<?> form;

    /**
     * Runs before the page renders ({@code f:viewAction}), so that {@link #init()} meets an unknown type or key while
     * nothing of the page is written yet: the 404 goes out instead of a page that fails half-way.
     */
    public void requireEntry() {
        // Calling any method is enough: the bean's @PostConstruct has run and answered 404 where needed.
    }

    @PostConstruct
    void init() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        Optional<EntryType> t = EntryType.fromCode(params.getOrDefault("type", ""));
        if (t.isEmpty()) {
            notFound();
            return;
        }
        type = t.get();
        String k = params.get("key");
        if (k == null || k.isBlank()) {
            creating = true;
            form = EntryForm.blank(type, params);
            return;
        }
        Optional<EntryForEdit> entry = editorial.open(type, k.strip());
        if (entry.isEmpty()) {
            notFound();
            return;
        }
        load(entry.get());
    }

    private void notFound() {
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Shows the entry as stored: its state, and its content in the form of its type. */
    void load(EntryForEdit entry) {
        type = EntryType.fromCode(entry.type()).orElseThrow();
        key = entry.key();
        status = entry.status();
        loadedVersion = entry.version();
        updatedAt = entry.updatedAt();
        updatedBy = entry.updatedBy();
        form = EntryForm.filled(type, entry.content());
    }

    public String save() {
        conflict = null;
        PageMessages messages = PageMessages.of(faces);
        try {
            if (creating) {
                EntryForEdit created = editorial.create(type, key, form.content(), viewer.name());
                messages.info("edit.created");
                faces.getExternalContext().getFlash().setKeepMessages(true);
                return "/editorial/edit?faces-redirect=true&type=" + type.code() + "&key=" + created.key();
            }
            load(editorial.save(type, key, loadedVersion, form.base(), form.content(), viewer.name()));
            messages.info("edit.saved");
            long hidden = type == EntryType.AUTHORITY ? editorial.contactsHiddenWithAuthority(key) : 0;
            if (hidden > 0) {
                // Tightening an authority is allowed; say what it does to its more open contact points.
                messages.info("edit.contactsHidden", hidden);
            }
        } catch (InvalidDocumentException e) {
            showProblems(e.problems(), messages);
        } catch (EditConflictException e) {
            conflict = e;
            messages.error("edit.conflict");
        }
        return null;
    }

    /** After a conflict: keep what the editor typed, but base the next save on the version saved meanwhile. */
    public void takeCurrentAsBase() {
        editorial.open(type, key).ifPresent(current -> {
            loadedVersion = current.version();
            form.rebaseOn(current.content());
            status = current.status();
            updatedAt = current.updatedAt();
            updatedBy = current.updatedBy();
        });
        conflict = null;
    }

    public void move(String target) {
        conflict = null;
        PageMessages messages = PageMessages.of(faces);
        try {
            EntryForEdit moved =
                    editorial.moveTo(type, key, PublicationStatus.valueOf(target), loadedVersion, viewer.name());
            key = moved.key();
            status = moved.status();
            loadedVersion = moved.version();
            updatedAt = moved.updatedAt();
            updatedBy = moved.updatedBy();
            messages.info("edit.moved");
        } catch (EditConflictException e) {
            conflict = e;
            messages.error("edit.conflict");
        } catch (WorkflowException e) {
            messages.add(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    /** Each problem next to its field where the page has one (ids as in edit.xhtml), otherwise at the top. */
    private void showProblems(List<Problem> problems, PageMessages messages) {
        for (Problem problem : problems) {
            // availability.officeHours → the page's officeHours field (the members of availability are flat there)
            String field =
                    problem.field() == null ? null : "edit:" + problem.field().replaceFirst("^availability\\.", "");
            String label = problem.field() == null
                    ? ""
                    : messages.textOr("edit.field." + problem.field(), problem.field()) + ": ";
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, label + problem.message(), null);
            faces.addMessage(field != null && faces.getViewRoot().findComponent(field) != null ? field : null, message);
        }
    }

    /** Where readers see this entry (the "view" link); {@code null} while creating it. */
    public String getDetailPage() {
        return key == null || creating ? null : Pages.detailOf(type, key);
    }

    public EntryForm<?> getForm() {
        return form;
    }

    public List<PublicationStatus> getMoves() {
        return status == null ? List.of() : status.next().stream().sorted().toList();
    }

    public List<String> getVisibilities() {
        return Arrays.stream(Visibility.values()).map(Enum::name).toList();
    }

    public List<FieldChange> getConflictChanges() {
        return conflict == null ? List.of() : conflict.changes();
    }

    public EditConflictException getConflict() {
        return conflict;
    }

    public String getType() {
        return type == null ? null : type.code();
    }

    public boolean isCreating() {
        return creating;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public long getLoadedVersion() {
        return loadedVersion;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        if (creating) {
            this.key = key;
        }
    }
}
