package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisonhub.security.AccessRule;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.security.web.PageAccess.Match;

class PageAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"/editorial/index.xhtml", "/editorial/edit.xhtml", "/editorial/new-page.xhtml"})
    void editorialPages_needAnEditor(String path) {
        assertThat(PageAccess.ruleFor(path))
                .get()
                .extracting(PageAccess.PageRule::access)
                .isEqualTo(AccessRule.anyOf(Role.EDITOR));
    }

    @Test
    void administrationPages_needAnAdmin() {
        assertThat(PageAccess.ruleFor("/admin/users.xhtml"))
                .get()
                .extracting(PageAccess.PageRule::access)
                .isEqualTo(AccessRule.anyOf(Role.ADMIN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.xhtml",
                "/search.xhtml",
                "/login.xhtml",
                "/directory/contact.xhtml",
                "/practices/insights.xhtml",
                "/resources/resource.xhtml",
                "/errors/not-found.xhtml",
                "/jakarta.faces.resource/theme.css.xhtml",
                "/favicon.svg"
            })
    void readerPages_areOpenToEveryone(String path) {
        assertThat(PageAccess.ruleFor(path))
                .get()
                .extracting(PageAccess.PageRule::access)
                .isEqualTo(AccessRule.EVERYONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//admin/users.xhtml",
                "/ADMIN/users.xhtml",
                "/Editorial/index.xhtml",
                "/admin/./users.xhtml",
                "/x/../admin/users.xhtml",
                "/admin/users.xhtml;jsessionid=1",
                "/adm%69n/users.xhtml",
                "/admin//users.xhtml",
                "/admin\\users.xhtml",
                "/editorial/edit.xhtml/",
                "/editorial/edit.xhtml/.",
                "/directory/contact.xhtml/",
                "/search.XHTML",
                "/WEB-INF/web.xml",
                "/WEB-INF/templates/main.xhtml",
                "/META-INF/MANIFEST.MF",
                "/editorial/",
                "/editorial",
                "/editorial/.xhtml",
                "/no-such-folder/page.xhtml",
                "/index.xhtml.bak",
                "/errors/unauthorized",
                ""
            })
    void anyOtherSpelling_orAnUnlistedPath_matchesNoRule(String path) {
        assertThat(PageAccess.ruleFor(path)).isEmpty();
    }

    @Test
    void theApi_isLeftToTheRulesOfItsResourceMethods_butTakesNoOptions() {
        PageAccess.PageRule api = PageAccess.ruleFor("/api/import/").orElseThrow();
        assertThat(api.match()).isEqualTo(Match.API_UNDER);
        assertThat(api.methods()).contains("POST", "PUT").doesNotContain("OPTIONS", "TRACE");
        assertThat(PageAccess.ruleFor("/api/")).isEmpty();
    }

    @Test
    void pages_takeGetHeadAndPost_only() {
        assertThat(PageAccess.ruleFor("/editorial/edit.xhtml").orElseThrow().methods())
                .containsExactlyInAnyOrder("GET", "HEAD", "POST");
        assertThat(PageAccess.ruleFor("/favicon.svg").orElseThrow().methods()).containsExactlyInAnyOrder("GET", "HEAD");
    }
}
