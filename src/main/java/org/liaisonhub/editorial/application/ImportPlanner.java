package org.liaisonhub.editorial.application;

import java.util.Optional;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.application.ProcedureSheetRepository;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.editorial.exchange.ContentProblems;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.application.NetworkResourceRepository;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.resources.domain.ResourceContent;

/**
 * Plans an import against what is stored, writing nothing: each record laid over its stored entry
 * ({@link ContentMerge}), its rich text sanitised ({@link RichText#forStorage}) and checked again against the
 * length rules, lowered visibilities refused unless confirmed, each contact's authority found in the document or in
 * Liaison and the contact no more open than it.
 */
final class ImportPlanner {

    private final DirectoryRepository directory;
    private final NetworkResourceRepository resources;
    private final PracticeRepository practices;
    private final ProcedureSheetRepository sheets;

    ImportPlanner(
            DirectoryRepository directory,
            NetworkResourceRepository resources,
            PracticeRepository practices,
            ProcedureSheetRepository sheets) {
        this.directory = directory;
        this.resources = resources;
        this.practices = practices;
        this.sheets = sheets;
    }

    ImportPlan plan(ExchangeDocument document, boolean allowLowerVisibility) {
        ImportPlan plan = new ImportPlan(allowLowerVisibility);
        for (Keyed<AuthorityContent> record : document.authorities()) {
            Optional<Authority> stored = directory.findAuthority(record.key());
            AuthorityContent content = sanitised(
                    plan,
                    "authorities",
                    record.key(),
                    stored.map(a -> ContentMerge.keepOmitted(a.content(), record))
                            .orElse(record.content()));
            stored.ifPresent(a -> plan.checkLowering(
                    "authorities", record.key(), "visibility", a.getVisibility(), content.visibility()));
            plan.authorities.put(record.key(), new ImportPlan.Planned<>(record.key(), stored, content));
        }
        for (Keyed<ContactContent> record : document.contacts()) {
            plan.contacts.add(contact(plan, record));
        }
        for (Keyed<ResourceContent> record : document.resources()) {
            Optional<NetworkResource> stored = resources.findByKey(record.key());
            ResourceContent content = sanitised(
                    plan,
                    "resources",
                    record.key(),
                    stored.map(r -> ContentMerge.keepOmitted(r.content(), record))
                            .orElse(record.content()));
            stored.ifPresent(r -> plan.checkLowering(
                    "resources", record.key(), "visibility", r.getVisibility(), content.visibility()));
            plan.resources.add(new ImportPlan.Planned<>(record.key(), stored, content));
        }
        for (Keyed<PracticeContent> record : document.practices()) {
            Optional<GoodPractice> stored = practices.findByKey(record.key());
            PracticeContent content = sanitised(
                    plan,
                    "practices",
                    record.key(),
                    stored.map(p -> ContentMerge.keepOmitted(p.content(), record))
                            .orElse(record.content()));
            stored.ifPresent(p -> plan.checkLowering(
                    "practices", record.key(), "visibility", p.getVisibility(), content.visibility()));
            plan.practices.add(new ImportPlan.Planned<>(record.key(), stored, content));
        }
        new ProcedureImport(directory, sheets).plan(plan, document.procedures());
        return plan;
    }

    /**
     * A contact must name an authority in the document or already in Liaison, and may not be more open than it.
     * A new contact without a level takes its authority's: the safest level that still shows it to everyone who
     * may see the authority.
     */
    private ImportPlan.Planned<ContactPoint, ContactContent> contact(ImportPlan plan, Keyed<ContactContent> record) {
        Optional<ContactPoint> stored = directory.findContact(record.key());
        ContactContent content =
                stored.map(c -> ContentMerge.keepOmitted(c.content(), record)).orElse(record.content());
        String authorityKey = content.authorityKey();
        Visibility authorityLevel = Optional.ofNullable(plan.authorities.get(authorityKey))
                .map(a -> a.content().visibility())
                .or(() -> directory.findAuthority(authorityKey).map(Authority::getVisibility))
                .orElse(null);
        if (authorityLevel == null) {
            plan.problem(
                    "contacts",
                    record.key(),
                    "authority",
                    "no authority with key '" + authorityKey + "' in this document or in Liaison");
            return new ImportPlan.Planned<>(record.key(), stored, content);
        }
        if (stored.isEmpty() && !record.gives("visibility")) {
            content = withVisibility(content, authorityLevel);
        }
        if (record.gives("visibility")) {
            String refusal =
                    EntryValidation.contactMoreOpenThanAuthority(content.visibility(), authorityKey, authorityLevel);
            if (refusal != null) {
                plan.problem("contacts", record.key(), "visibility", refusal);
            }
        }
        ContactContent planned = content;
        stored.ifPresent(c -> {
            plan.checkLowering("contacts", record.key(), "visibility", c.getVisibility(), planned.visibility());
            plan.checkLowering(
                    "contacts",
                    record.key(),
                    "personalDetailsVisibility",
                    c.getPersonalDetails().getVisibility(),
                    planned.personalDetailsVisibility());
        });
        return new ImportPlan.Planned<>(record.key(), stored, content);
    }

    private static ContactContent withVisibility(ContactContent c, Visibility level) {
        return new ContactContent(
                c.authorityKey(),
                c.role(),
                c.personName(),
                c.email(),
                c.phone(),
                c.languages(),
                c.channels(),
                c.competences(),
                c.networks(),
                level,
                c.lastVerified(),
                c.personalDetailsVisibility(),
                c.availability());
    }

    private static AuthorityContent sanitised(ImportPlan plan, String section, String key, AuthorityContent c) {
        AuthorityContent out = new AuthorityContent(
                c.name(),
                c.localName(),
                c.country(),
                c.kind(),
                c.website(),
                RichText.forStorage(c.description()),
                c.networks(),
                c.competences(),
                c.visibility(),
                c.availability());
        plan.problems(ContentProblems.of(section, key, out, "description"));
        return out;
    }

    private static ResourceContent sanitised(ImportPlan plan, String section, String key, ResourceContent c) {
        ResourceContent out = new ResourceContent(
                c.name(),
                c.acronym(),
                c.kind(),
                RichText.forStorage(c.description()),
                c.url(),
                c.access(),
                c.operator(),
                c.ictCategories(),
                c.visibility());
        plan.problems(ContentProblems.of(section, key, out, "description"));
        return out;
    }

    private static PracticeContent sanitised(ImportPlan plan, String section, String key, PracticeContent c) {
        PracticeContent out = new PracticeContent(
                c.title(),
                c.country(),
                RichText.forStorage(c.summary()),
                RichText.forStorage(c.body()),
                c.ictCategories(),
                c.challenges(),
                c.visibility(),
                c.source(),
                c.answers());
        plan.problems(ContentProblems.of(section, key, out, "summary"));
        plan.problems(ContentProblems.of(section, key, out, "body"));
        return out;
    }
}
