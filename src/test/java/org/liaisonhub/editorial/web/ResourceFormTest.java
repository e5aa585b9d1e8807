package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

class ResourceFormTest {

    private static final ResourceContent STORED = new ResourceContent(
            "European Judicial Network",
            "EJN",
            ResourceKind.NETWORK,
            "<p>Contact points</p>",
            "https://www.ejn-crimjust.europa.eu/",
            Access.REGISTRATION,
            "Eurojust",
            Set.of(IctCategory.SECURE_EXCHANGE_PLATFORM),
            Visibility.MEMBERS);

    @Test
    void aStoredResource_comesBackUnchanged_throughTheForm() {
        ResourceForm form = new ResourceForm();
        form.fill(STORED);

        assertThat(form.content()).isEqualTo(STORED);
        assertThat(form.type()).isEqualTo(EntryType.RESOURCE);
        assertThat(form.getKind()).isEqualTo("NETWORK");
        assertThat(form.getAccess()).isEqualTo("REGISTRATION");
    }

    @Test
    void whatTheEditorTypes_becomesTheContent_ictCategoriesStayAsLoaded() {
        ResourceForm form = new ResourceForm();
        form.fill(STORED);
        form.setOperator("Operator");
        form.setKind("TOOL");
        form.setAccess("OPEN");

        ResourceContent content = form.content();

        assertThat(content.operator()).isEqualTo("Operator");
        assertThat(content.kind()).isEqualTo(ResourceKind.TOOL);
        assertThat(content.access()).isEqualTo(Access.OPEN);
        assertThat(content.ictCategories()).containsExactly(IctCategory.SECURE_EXCHANGE_PLATFORM);
    }

    @Test
    void aNewResource_withoutKindOrAccess_isOpen_publicAndUncategorised() {
        ResourceForm form = new ResourceForm();
        form.setName("Created");
        form.setUrl("https://example.org/");

        ResourceContent content = form.content();

        assertThat(content.name()).isEqualTo("Created");
        assertThat(content.kind()).isNull();
        assertThat(content.access()).isEqualTo(Access.OPEN);
        assertThat(content.ictCategories()).isEmpty();
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void anAccessOutsideTheMenu_isAProgrammingError() {
        ResourceForm form = new ResourceForm();
        form.setAccess("SECRET");

        assertThatThrownBy(form::content).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMenus_offerEveryKindAndAccess() {
        ResourceForm form = new ResourceForm();
        assertThat(form.getKinds()).hasSize(ResourceKind.values().length).contains("NETWORK", "GUIDANCE");
        assertThat(form.getAccesses()).hasSize(Access.values().length).contains("OPEN", "REGISTRATION");
    }
}
