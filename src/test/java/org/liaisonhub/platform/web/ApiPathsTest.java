package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ApiPathsTest {

    @Test
    void addressesUnderApi_areTheApis_withOrWithoutAContextPath() {
        assertThat(ApiPaths.isApi("", "/api/search")).isTrue();
        assertThat(ApiPaths.isApi("/liaison", "/liaison/api/contacts/x")).isTrue();
        assertThat(ApiPaths.isApi(null, "/api/")).isTrue();
    }

    @Test
    void pagesAndLookalikes_areNot() {
        assertThat(ApiPaths.isApi("", "/search.xhtml")).isFalse();
        assertThat(ApiPaths.isApi("", "/api"))
                .as("the bare root, which RESTEasy does not serve")
                .isFalse();
        assertThat(ApiPaths.isApi("", "/apiary/x")).isFalse();
        assertThat(ApiPaths.isApi("/liaison", "/api/search"))
                .as("outside the context")
                .isFalse();
        assertThat(ApiPaths.isApi("", null)).isFalse();
    }

    @Test
    void aRequest_isJudgedByItsContextPathAndAddress() {
        assertThat(ApiPaths.isApi(request("/liaison", "/liaison/api/health"))).isTrue();
        assertThat(ApiPaths.isApi(request("/liaison", "/liaison/index.xhtml"))).isFalse();
    }

    private static HttpServletRequest request(String contextPath, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                ApiPathsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "getRequestURI" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
