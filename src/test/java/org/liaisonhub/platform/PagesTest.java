package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;

class PagesTest {

    @Test
    void eachKindOfEntry_hasItsDetailPage_withTheKeyEncoded() {
        assertThat(Pages.detailOf(EntryType.CONTACT, "se-mla")).isEqualTo("/directory/contact.xhtml?key=se-mla");
        assertThat(Pages.detailOf(EntryType.AUTHORITY, "a&b")).isEqualTo("/directory/authority.xhtml?key=a%26b");
        assertThat(Pages.detailOf("resource", "ejn")).isEqualTo("/resources/resource.xhtml?key=ejn");
        assertThat(Pages.detailOf("practice", "p 1")).isEqualTo("/practices/practice.xhtml?key=p+1");
    }

    @Test
    void anUnknownTypeCode_isAProgrammingError() {
        assertThatThrownBy(() -> Pages.detailOf("planet", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
