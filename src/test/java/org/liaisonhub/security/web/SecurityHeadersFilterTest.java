package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The policy PrimeFaces sends on pages (web.xml) and the one the filter sends everywhere else are one policy. */
class SecurityHeadersFilterTest {

    private static String primeFacesPolicy() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile(
                        "<param-name>primefaces\\.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>")
                .matcher(webXml);
        assertThat(m.find()).as("primefaces.CSP_POLICY in web.xml").isTrue();
        return m.group(1).strip();
    }

    @Test
    void pagesAndEverythingElse_getTheSamePolicy() throws IOException {
        assertThat(primeFacesPolicy()).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }

    @Test
    void policy_endsWithScriptSrc_soPrimeFacesAppendsItsNonceThere() {
        assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).endsWith("script-src 'self'");
    }

    @Test
    void scripts_mayNotRunInlineOrFromStrings() {
        String scriptSrc = SecurityHeadersFilter.CONTENT_SECURITY_POLICY.substring(
                SecurityHeadersFilter.CONTENT_SECURITY_POLICY.indexOf("script-src"));
        assertThat(scriptSrc)
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .doesNotContain("*");
        assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
                .doesNotContain("default-src *")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
    }
}
