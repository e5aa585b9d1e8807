package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * HTTPS on 8443 (plus the port offset) with the certificate the server generates for local runs, and HSTS on
 * TLS responses only. Only this test trusts that self-signed certificate: it accepts whatever the server presents,
 * then checks that it was the generated one for localhost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransportIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    private static URI https(String path) {
        int port = 8443 + Integer.getInteger("it.port.offset", 0);
        return URI.create("https://localhost:" + port + "/" + path);
    }

    private static HttpClient trustingTheSelfSignedCertificate() throws Exception {
        TrustManager acceptAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {acceptAll}, new SecureRandom());
        return HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void portalOverHttps_answersWithTheGeneratedLocalhostCertificate() throws Exception {
        HttpResponse<String> home = get(trustingTheSelfSignedCertificate(), https("search.xhtml?q=cybercrime"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("cybercrime");
        X509Certificate certificate =
                (X509Certificate) home.sslSession().orElseThrow().getPeerCertificates()[0];
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
        assertThat(certificate.getIssuerX500Principal())
                .as("self-signed")
                .isEqualTo(certificate.getSubjectX500Principal());
    }

    @Test
    void clientThatTrustsOnlyRealAuthorities_refusesTheSelfSignedCertificate() {
        HttpClient strict =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(strict, https("")))
                .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    }

    @Test
    void sessionCookieOverTls_isSecure_soItNeverTravelsOverPlainHttp() throws Exception {
        HttpResponse<String> page = get(trustingTheSelfSignedCertificate(), https("login.xhtml"));

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + page.headers().map()));
        assertThat(cookie)
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "search.xhtml?q=mla", "api/search?q=mla", "api/export", "no-such-page"})
    void everyResponseOverTls_carriesHsts(String path) throws Exception {
        HttpResponse<String> reply = get(trustingTheSelfSignedCertificate(), https(path));

        assertThat(reply.headers().firstValue("Strict-Transport-Security"))
                .as(path + " " + reply.statusCode())
                .hasValue("max-age=31536000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "search.xhtml?q=mla", "api/search?q=mla"})
    void plainHttpResponses_carryNoHsts_asBrowsersWouldIgnoreIt(String path) throws Exception {
        HttpResponse<String> reply =
                get(HttpClient.newHttpClient(), URI.create(base.toString()).resolve(path));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
