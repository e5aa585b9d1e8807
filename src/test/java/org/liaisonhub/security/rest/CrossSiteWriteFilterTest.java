package org.liaisonhub.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CrossSiteWriteFilterTest {

    static final URI SELF = URI.create("http://liaison.example:8080/api/reports/7/handled");
    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;
    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

    @Test
    void readsAreNeverRefused() {
        assertThat(CrossSiteWriteFilter.refusal("GET", null, "https://evil.example", "cross-site", null, SELF))
                .isEmpty();
    }

    @Test
    void formPostWithoutHeaderOrOrigin_isRefused() {
        assertThat(CrossSiteWriteFilter.refusal("POST", FORM, null, null, null, SELF))
                .isPresent();
        assertThat(CrossSiteWriteFilter.refusal("POST", MediaType.TEXT_PLAIN_TYPE, null, null, null, SELF))
                .isPresent();
        assertThat(CrossSiteWriteFilter.refusal("POST", MediaType.MULTIPART_FORM_DATA_TYPE, null, null, null, SELF))
                .isPresent();
        assertThat(CrossSiteWriteFilter.refusal("DELETE", null, null, null, null, SELF))
                .as("no body")
                .isPresent();
    }

    @Test
    void safelistedWrite_withTheHeader_orFromTheOwnOrigin_goesOn() {
        assertThat(CrossSiteWriteFilter.refusal("POST", FORM, null, null, "curl", SELF))
                .isEmpty();
        assertThat(CrossSiteWriteFilter.refusal("POST", FORM, "http://liaison.example:8080", "same-origin", null, SELF))
                .isEmpty();
        assertThat(CrossSiteWriteFilter.refusal("POST", new MediaType("text", "plain", "UTF-8"), null, null, "x", SELF))
                .isEmpty();
    }

    @Test
    void aForeignOrigin_isRefused_evenWithTheHeaderAndJson() {
        assertThat(CrossSiteWriteFilter.refusal("PUT", JSON, "https://evil.example", null, "x", SELF))
                .isPresent();
        assertThat(CrossSiteWriteFilter.refusal("POST", JSON, "null", null, "x", SELF))
                .isPresent();
        assertThat(CrossSiteWriteFilter.refusal("POST", JSON, "http://liaison.example:8081", null, "x", SELF))
                .as("another port is another origin")
                .isPresent();
        assertThat(CrossSiteWriteFilter.refusal("POST", JSON, null, "cross-site", "x", SELF))
                .isPresent();
    }

    @Test
    void jsonAndBinaryWrites_needNothingMore() {
        assertThat(CrossSiteWriteFilter.refusal("POST", JSON, null, null, null, SELF))
                .isEmpty();
        assertThat(CrossSiteWriteFilter.refusal(
                        "POST", MediaType.APPLICATION_OCTET_STREAM_TYPE, null, null, null, SELF))
                .isEmpty();
    }

    @Test
    void originOf_leavesOutDefaultPorts() {
        assertThat(CrossSiteWriteFilter.originOf(URI.create("https://Liaison.example:443/api/x")))
                .isEqualTo("https://liaison.example");
        assertThat(CrossSiteWriteFilter.originOf(URI.create("http://localhost:11080/api/x")))
                .isEqualTo("http://localhost:11080");
    }
}
