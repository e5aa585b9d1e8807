package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

class ImportPlannerTest {

    private final StoredEntries stored = new StoredEntries();

    private static AuthorityContent authority(Visibility level) {
        return new AuthorityContent(
                "Agency", null, "SE", AuthorityKind.POLICE, null, "Stored description", Set.of(), Set.of(), level);
    }

    private static ContactContent contact(String authorityKey, Visibility level) {
        return new ContactContent(
                authorityKey, "Desk", null, null, null, Set.of(), List.of(), Set.of(), Set.of(), level, null, null);
    }

    private static ExchangeDocument document(
            List<Keyed<AuthorityContent>> authorities,
            List<Keyed<ContactContent>> contacts,
            List<Keyed<ResourceContent>> resources) {
        return new ExchangeDocument(authorities, contacts, resources, List.of());
    }

    @Test
    void aLeftOutMember_keepsTheStoredValue() {
        stored.directory.add(Authority.create("agency", authority(Visibility.MEMBERS)));
        AuthorityContent renamed =
                new AuthorityContent("Renamed", null, "SE", AuthorityKind.POLICE, null, null, Set.of(), Set.of(), null);

        ImportPlan plan = stored.planner()
                .plan(
                        document(
                                List.of(new Keyed<>("agency", renamed, Set.of("key", "name", "country", "kind"))),
                                List.of(),
                                List.of()),
                        false);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.authorities.get("agency").content()).satisfies(c -> {
            assertThat(c.name()).isEqualTo("Renamed");
            assertThat(c.description()).isEqualTo("Stored description");
            assertThat(c.visibility()).isEqualTo(Visibility.MEMBERS);
        });
        assertThat(plan.authorities.get("agency").stored()).isPresent();
    }

    @Test
    void aNewContactWithoutALevel_takesItsAuthoritysFromTheSameDocument() {
        ImportPlan plan = stored.planner()
                .plan(
                        document(
                                List.of(new Keyed<>("agency", authority(Visibility.MEMBERS))),
                                List.of(new Keyed<>(
                                        "desk", contact("agency", null), Set.of("key", "authority", "role"))),
                                List.of()),
                        false);

        assertThat(plan.contacts)
                .singleElement()
                .satisfies(c -> assertThat(c.content().visibility()).isEqualTo(Visibility.MEMBERS));
    }

    @Test
    void aContactMoreOpenThanItsAuthority_orOfNoAuthority_isAProblem() {
        stored.directory.add(Authority.create("closed", authority(Visibility.RESTRICTED)));

        ImportPlan plan = stored.planner()
                .plan(
                        document(
                                List.of(),
                                List.of(
                                        new Keyed<>("open-desk", contact("closed", Visibility.PUBLIC)),
                                        new Keyed<>("lost-desk", contact("nowhere", Visibility.PUBLIC))),
                                List.of()),
                        false);

        assertThat(plan.problems())
                .extracting(Problem::key, Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("open-desk", "visibility"),
                        org.assertj.core.groups.Tuple.tuple("lost-desk", "authority"));
        assertThat(plan.problems().get(1).message()).contains("'nowhere'");
    }

    @Test
    void loweringAStoredLevel_isAProblemUnlessConfirmed() {
        stored.resourceRepository.add(NetworkResource.create(
                "tool",
                new ResourceContent(
                        "Tool", null, ResourceKind.TOOL, null, null, null, null, Set.of(), Visibility.RESTRICTED)));
        var opened = List.of(new Keyed<>(
                "tool",
                new ResourceContent(
                        "Tool", null, ResourceKind.TOOL, null, null, null, null, Set.of(), Visibility.PUBLIC)));

        assertThat(stored.planner()
                        .plan(document(List.of(), List.of(), opened), false)
                        .problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("RESTRICTED to PUBLIC");
        assertThat(stored.planner()
                        .plan(document(List.of(), List.of(), opened), true)
                        .problems())
                .isEmpty();
    }

    @Test
    void richText_isSanitised_andMustFitItsLimitOnceSanitised() {
        String escapes = "<p>" + "&".repeat(4_000) + "</p>"; // each & becomes &amp;: 20,007 characters
        var resources = List.of(
                new Keyed<>(
                        "tool",
                        new ResourceContent(
                                "Tool",
                                null,
                                ResourceKind.TOOL,
                                "<p>Hi</p><script>x()</script>",
                                null,
                                null,
                                null,
                                Set.of(),
                                null)),
                new Keyed<>(
                        "long",
                        new ResourceContent(
                                "Long", null, ResourceKind.TOOL, escapes, null, null, null, Set.of(), null)));

        ImportPlan plan = stored.planner().plan(document(List.of(), List.of(), resources), false);

        assertThat(plan.resources.get(0).content().description()).isEqualTo("<p>Hi</p>");
        assertThat(plan.problems())
                .containsExactly(new Problem("resources", "long", "description", "is longer than 20000 characters"));
    }
}
