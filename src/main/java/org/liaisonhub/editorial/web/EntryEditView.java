package org.liaisonhub.editorial.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.editorial.application.EditConflictException;
import org.liaisonhub.editorial.application.EditorialService;
import org.liaisonhub.editorial.application.EntryForEdit;
import org.liaisonhub.editorial.application.FieldChange;
import org.liaisonhub.editorial.application.WorkflowException;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;
import org.liaisonhub.security.Viewer;

/**
 * The editor form for any kind of entry ({@code /editorial/edit.xhtml?type=authority&key=…}; without a key it
 * creates one). It keeps the version and content it opened, so a save after someone else's is refused and
 * shows their change, while the editor's own input stays in the form.
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
    private Record loadedContent;
    private Instant updatedAt;
    private String updatedBy;
    private EditConflictException conflict;

    // Form fields (text as typed; the service validates and normalises).
    private String name;
    private String localName;
    private String country;
    private String kind;
    private String website;
    private String description;
    private String networks;
    private String authorityKey;
    private String role;
    private String personName;
    private String email;
    private String phone;
    private String languages;
    private String acronym;
    private String url;
    private String access;
    private String operator;
    private String title;
    private String summary;
    private String body;
    private String visibility = Visibility.PUBLIC.name();

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
        if (t.isEmpty()) {
            notFound();
            return;
        }
        type = t.get();
        String k = params.get("key");
        if (k == null || k.isBlank()) {
            creating = true;
            authorityKey = params.get("authority");
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

    private void load(EntryForEdit entry) {
        key = entry.key();
        status = entry.status();
        loadedVersion = entry.version();
        loadedContent = entry.content();
        updatedAt = entry.updatedAt();
        updatedBy = entry.updatedBy();
        fill(entry.content());
    }

    private void fill(Record content) {
        if (content instanceof AuthorityContent a) {
            name = a.name();
            localName = a.localName();
            country = a.country();
            kind = a.kind() == null ? null : a.kind().name();
            website = a.website();
            description = a.description();
            networks = join(a.networks());
            visibility = a.visibility().name();
        } else if (content instanceof ContactContent c) {
            authorityKey = c.authorityKey();
            role = c.role();
            personName = c.personName();
            email = c.email();
            phone = c.phone();
            languages = join(c.languages());
            networks = join(c.networks());
            visibility = c.visibility().name();
        } else if (content instanceof ResourceContent r) {
            name = r.name();
            acronym = r.acronym();
            kind = r.kind() == null ? null : r.kind().name();
            description = r.description();
            url = r.url();
            access = r.access().name();
            operator = r.operator();
            visibility = r.visibility().name();
        } else if (content instanceof PracticeContent p) {
            title = p.title();
            country = p.country();
            summary = p.summary();
            body = p.body();
            visibility = p.visibility().name();
        }
    }

    /** The form as a content record; what the form does not edit (channels, answers…) stays as loaded. */
    private Record content() {
        Visibility v = Visibility.valueOf(visibility);
        return switch (type) {
            case AUTHORITY -> {
                AuthorityContent old = (AuthorityContent) loadedContent;
                yield new AuthorityContent(name, localName, upper(country), kind == null ? null
                        : AuthorityKind.valueOf(kind), website, description, split(networks),
                        old == null ? Set.of() : old.competences(), v);
            }
            case CONTACT -> {
                ContactContent old = (ContactContent) loadedContent;
                yield new ContactContent(authorityKey, role, personName, email, phone, split(languages),
                        old == null ? List.of() : old.channels(), old == null ? Set.of() : old.competences(),
                        split(networks), v, old == null ? null : old.lastVerified(),
                        old == null ? null : old.personalDetailsVisibility());
            }
            case RESOURCE -> {
                ResourceContent old = (ResourceContent) loadedContent;
                yield new ResourceContent(name, acronym, kind == null ? null : ResourceKind.valueOf(kind),
                        description, url, access == null ? null : Access.valueOf(access), operator,
                        old == null ? Set.of() : old.ictCategories(), v);
            }
            case PRACTICE -> {
                PracticeContent old = (PracticeContent) loadedContent;
                yield new PracticeContent(title, upper(country), summary, body,
                        old == null ? Set.of() : old.ictCategories(), old == null ? Set.of() : old.challenges(), v,
                        old == null ? PracticeSource.curated() : old.source(),
                        old == null ? List.of() : old.answers());
            }
        };
    }

    public String save() {
        conflict = null;
        try {
            if (creating) {
                EntryForEdit created = editorial.create(type, key, content(), viewer.name());
                info("edit.created");
                faces.getExternalContext().getFlash().setKeepMessages(true);
                return "/editorial/edit?faces-redirect=true&type=" + type.code() + "&key=" + created.key();
            }
            load(editorial.save(type, key, loadedVersion, loadedContent, content(), viewer.name()));
            info("edit.saved");
            long hidden = type == EntryType.AUTHORITY ? editorial.contactsHiddenWithAuthority(key) : 0;
            if (hidden > 0) {
                // Tightening an authority is allowed; say what it does to its more open contact points.
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(
                        faces.getApplication().getResourceBundle(faces, "msg").getString("edit.contactsHidden"),
                        hidden), null));
            }
        } catch (InvalidDocumentException e) {
            showProblems(e.problems());
        } catch (EditConflictException e) {
            conflict = e;
            error("edit.conflict");
        }
        return null;
    }

    /** After a conflict: keep what the editor typed, but base the next save on the version saved meanwhile. */
    public void takeCurrentAsBase() {
        editorial.open(type, key).ifPresent(current -> {
            loadedVersion = current.version();
            loadedContent = current.content();
            status = current.status();
            updatedAt = current.updatedAt();
            updatedBy = current.updatedBy();
        });
        conflict = null;
    }

    public void move(String target) {
        conflict = null;
        try {
            EntryForEdit moved = editorial.moveTo(type, key, PublicationStatus.valueOf(target), loadedVersion,
                    viewer.name());
            key = moved.key();
            status = moved.status();
            loadedVersion = moved.version();
            updatedAt = moved.updatedAt();
            updatedBy = moved.updatedBy();
            info("edit.moved");
        } catch (EditConflictException e) {
            conflict = e;
            error("edit.conflict");
        } catch (WorkflowException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    private void showProblems(List<Problem> problems) {
        for (Problem problem : problems) {
            String field = problem.field() == null ? null : "edit:" + problem.field();
            String label = problem.field() == null ? "" : label(problem.field()) + ": ";
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, label + problem.message(), null);
            faces.addMessage(field != null && faces.getViewRoot().findComponent(field) != null ? field : null,
                    message);
        }
    }

    private String label(String field) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey("edit.field." + field) ? bundle.getString("edit.field." + field) : field;
    }

    private void info(String messageKey) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString(messageKey), null));
    }

    private void error(String messageKey) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                faces.getApplication().getResourceBundle(faces, "msg").getString(messageKey), null));
    }

    private static String join(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }

    private static Set<String> split(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Where readers see this entry (for the "view" link). */
    public String getDetailOutcome() {
        return switch (type) {
            case AUTHORITY -> "/directory/authority";
            case CONTACT -> "/directory/contact";
            case RESOURCE -> "/resources/resource";
            case PRACTICE -> "/practices/practice";
        };
    }

    public List<PublicationStatus> getMoves() {
        return status == null ? List.of() : status.next().stream().sorted().toList();
    }

    public List<String> getVisibilities() {
        return Arrays.stream(Visibility.values()).map(Enum::name).toList();
    }

    public List<String> getAuthorityKinds() {
        return Arrays.stream(AuthorityKind.values()).map(Enum::name).toList();
    }

    public List<String> getResourceKinds() {
        return Arrays.stream(ResourceKind.values()).map(Enum::name).toList();
    }

    public List<String> getAccesses() {
        return Arrays.stream(Access.values()).map(Enum::name).toList();
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

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getLocalName() { return localName; }
    public void setLocalName(String v) { localName = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getNetworks() { return networks; }
    public void setNetworks(String v) { networks = v; }
    public String getAuthorityKey() { return authorityKey; }
    public void setAuthorityKey(String v) { authorityKey = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public String getPersonName() { return personName; }
    public void setPersonName(String v) { personName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String v) { acronym = v; }
    public String getUrl() { return url; }
    public void setUrl(String v) { url = v; }
    public String getAccess() { return access; }
    public void setAccess(String v) { access = v; }
    public String getOperator() { return operator; }
    public void setOperator(String v) { operator = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String v) { visibility = v; }
}
