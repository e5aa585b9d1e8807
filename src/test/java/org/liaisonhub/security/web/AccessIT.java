package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/** Who may write and who sees what, over HTTP with the demo accounts (member, editor, admin). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api anonymous;
    Api member;
    Api editor;

    @BeforeEach
    void setUp() {
        anonymous = new Api(base);
        member = anonymous.as(DemoAccounts.MEMBER);
        editor = anonymous.as(DemoAccounts.EDITOR);
    }

    private static String document(String word, String visibility) {
        return ExchangeJson.document()
                .resource(word, r -> r.name("Resource " + word).kind("TOOL").visibility(visibility))
                .toJson();
    }

    private static String word() {
        return "acc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void import_needsCredentials401_andTheEditorRole403() {
        String word = word();

        Api.Reply none = anonymous.postJson("api/import", document(word, "PUBLIC"));
        Api.Reply asMember = member.postJson("api/import", document(word, "PUBLIC"));
        Api.Reply asEditor = editor.postJson("api/import", document(word, "PUBLIC"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(asMember.status()).isEqualTo(403);
        assertThat(asEditor.status()).as(asEditor.toString()).isEqualTo(200);
        assertThat(anonymous.search(word).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void wrongPassword_isRefusedAndRepeatedFailuresLockTheNameForAWhile() {
        String user = "nobody" + word();
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.as(user, "wrong-" + i).get("api/export").status())
                    .isEqualTo(401);
        }
        // From the sixth attempt the caller backs off: 429, not even checked (SignInThrottle).
        assertThat(anonymous.as(user, "wrong-5").get("api/export").status()).isEqualTo(429);
        assertThat(anonymous
                        .as(DemoAccounts.EDITOR.user(), "not-the-password")
                        .postJson("api/import", "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void membersEntries_areVisibleToMembersAndHiddenFromAnonymousEverywhere() {
        String word = word();
        editor.postJson("api/import", document(word, "MEMBERS"));

        assertThat(anonymous.search(word).json().getInt("total")).isZero();
        assertThat(anonymous.search("", "type=resource", "size=100").body()).doesNotContain(word);
        assertThat(anonymous.get("api/resources/" + word).status()).isEqualTo(404);
        assertThat(anonymous.get("api/export").body()).doesNotContain(word);

        assertThat(member.search(word).json().getInt("total")).isEqualTo(1);
        assertThat(member.get("api/resources/" + word).status()).isEqualTo(200);
        assertThat(member.get("api/export").body()).contains(word);
    }

    @Test
    void restrictedEntries_areVisibleToEditorsOnly() {
        String word = word();
        editor.postJson("api/import", document(word, "RESTRICTED"));

        assertThat(anonymous.search(word).json().getInt("total")).isZero();
        assertThat(member.search(word).json().getInt("total")).isZero();
        assertThat(member.get("api/resources/" + word).status()).isEqualTo(404);
        assertThat(editor.search(word).json().getInt("total")).isEqualTo(1);
        assertThat(editor.get("api/export").body()).contains(word);
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders() {
        for (String path : new String[] {"", "search.xhtml?q=EIO", "api/search?q=EIO", "api/contacts/nope"}) {
            Api.Reply reply = anonymous.get(path);
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void adminApi_isForAdminsOnly() {
        assertThat(anonymous.get("api/admin/anything").status()).isEqualTo(401);
        assertThat(editor.get("api/admin/anything").status()).isEqualTo(403);
    }
}
