package org.liaisonhub.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for the JSON API, as a practitioner's script or another system would call it. Like such a
 * script it sends {@code X-Requested-With} with every request (the API refuses form, text/plain and empty writes
 * without it, as a defence against cross-site requests); {@link #withoutRequestedWith()} leaves it out.
 */
public final class Api {

    public static final String REQUESTED_WITH = "X-Requested-With";

    private final URI base;
    private final String authorization;
    private final Map<String, String> headers;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL base) {
        this(
                URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"),
                null,
                Map.of(REQUESTED_WITH, "liaison-tests"));
    }

    private Api(URI base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The same API called with HTTP Basic credentials. */
    public Api as(String user, String password) {
        return new Api(
                base,
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
                headers);
    }

    /** The same API called as one of the demo data's accounts. */
    public Api as(DemoAccounts.Account account) {
        return as(account.user(), account.password());
    }

    /** The same API with one more header on every request (e.g. {@code Origin}), or another value for it. */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, Map.copyOf(more));
    }

    /** The same API without {@code X-Requested-With}: as a page of another site would make a browser write. */
    public Api withoutRequestedWith() {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(REQUESTED_WITH);
        return new Api(base, authorization, Map.copyOf(fewer));
    }

    /** The Authorization header this client sends, or null for an anonymous one. */
    public String authorization() {
        return authorization;
    }

    public Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(resolve(pathAndQuery)).GET());
    }

    /** A GET whose body is bytes (a PDF, a signature): status, content type and the bytes as sent. */
    public Download download(String pathAndQuery) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(pathAndQuery)).GET();
        headers.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type and bytes of a download. */
    public record Download(int status, String contentType, byte[] body) {}

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE());
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    /** {@code search("EIO", "type=contact")} → GET /api/search?q=EIO&type=contact */
    public Reply search(String q, String... extraParams) {
        StringBuilder query = new StringBuilder("api/search?q=").append(encode(q));
        for (String param : extraParams) {
            query.append('&').append(param);
        }
        return get(query.toString());
    }

    /** Whether the server answers this GET with 200 now; connection failures answer false. */
    public boolean answers(String pathAndQuery) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(resolve(pathAndQuery))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Reply send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type and body of one response. */
    public record Reply(
            int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON object (status " + status + "): " + body, e);
            }
        }

        public jakarta.json.JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON array (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
