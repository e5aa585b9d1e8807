package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

class ImportWriterTest {

    private final StoredEntries stored = new StoredEntries();

    private static AuthorityContent agency(String name) {
        return new AuthorityContent(name, null, "SE", AuthorityKind.POLICE, null, null, Set.of(), Set.of(), null);
    }

    private static ResourceContent tool(String name) {
        return new ResourceContent(name, null, ResourceKind.TOOL, null, null, null, null, Set.of(), null);
    }

    @Test
    void newEntries_areCreatedInTheStatusAsked_andContactsFindTheAuthorityOfTheSameDocument() {
        ImportPlan plan = new ImportPlan(false);
        plan.authorities.put("agency", new ImportPlan.Planned<>("agency", Optional.empty(), agency("Agency")));
        plan.contacts.add(new ImportPlan.Planned<>(
                "desk",
                Optional.empty(),
                new ContactContent(
                        "agency", "Desk", null, null, null, Set.of(), List.of(), Set.of(), Set.of(), null, null,
                        null)));

        ImportResult result = stored.writer().write(plan, PublicationStatus.DRAFT);

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(stored.authorities.get("agency").getStatus()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(stored.contacts.get("desk").getAuthority()).isSameAs(stored.authorities.get("agency"));
    }

    @Test
    void storedEntries_areRevisedInPlace_andCountedUpdatedOrUnchanged() {
        Authority agency = Authority.create("agency", agency("Agency"));
        agency.startAs(PublicationStatus.ARCHIVED);
        NetworkResource same = NetworkResource.create("tool", tool("Tool"));
        ImportPlan plan = new ImportPlan(false);
        plan.authorities.put("agency", new ImportPlan.Planned<>("agency", Optional.of(agency), agency("Renamed")));
        plan.resources.add(new ImportPlan.Planned<>("tool", Optional.of(same), tool("Tool")));

        ImportResult result = stored.writer().write(plan, PublicationStatus.PUBLISHED);

        assertThat(result).isEqualTo(new ImportResult(0, 1, 1));
        assertThat(agency.content().name()).isEqualTo("Renamed");
        assertThat(agency.getStatus())
                .as("an import changes content, not editors' decisions")
                .isEqualTo(PublicationStatus.ARCHIVED);
        assertThat(stored.authorities).as("nothing added").isEmpty();
    }

    @Test
    void published_namesWhatReadersSeeAnew_createdAsPublishedOrChangedWhilePublished_notDraftsNorArchived() {
        Authority live = Authority.create("live", agency("Live"));
        live.startAs(PublicationStatus.PUBLISHED);
        Authority archived = Authority.create("archived", agency("Archived"));
        archived.startAs(PublicationStatus.ARCHIVED);
        Authority unchanged = Authority.create("same", agency("Same"));
        unchanged.startAs(PublicationStatus.PUBLISHED);
        ImportPlan plan = new ImportPlan(false);
        plan.authorities.put("live", new ImportPlan.Planned<>("live", Optional.of(live), agency("Live, renamed")));
        plan.authorities.put("archived", new ImportPlan.Planned<>("archived", Optional.of(archived), agency("New")));
        plan.authorities.put("same", new ImportPlan.Planned<>("same", Optional.of(unchanged), agency("Same")));
        plan.resources.add(new ImportPlan.Planned<>("tool", Optional.empty(), tool("Tool")));
        ImportWriter writer = stored.writer();

        writer.write(plan, PublicationStatus.PUBLISHED);

        assertThat(writer.published().entries())
                .containsExactly(
                        new EntriesPublished.Published(org.liaisonhub.catalog.EntryType.AUTHORITY, "live", false),
                        new EntriesPublished.Published(org.liaisonhub.catalog.EntryType.RESOURCE, "tool", true));

        ImportWriter drafts = stored.writer();
        ImportPlan draftPlan = new ImportPlan(false);
        draftPlan.resources.add(new ImportPlan.Planned<>("tool2", Optional.empty(), tool("Tool 2")));
        drafts.write(draftPlan, PublicationStatus.DRAFT);
        assertThat(drafts.published().isEmpty()).as("a draft alerts nobody").isTrue();
    }
}
