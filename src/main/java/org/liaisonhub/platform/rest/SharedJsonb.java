package org.liaisonhub.platform.rest;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every API answer. Without a {@code ContextResolver<Jsonb>}, RESTEasy's JSON-B provider
 * builds a new {@code Jsonb} for each body it writes or reads, and closes it after: about 2 ms per request, most of a
 * cached search's server time (docs/benchmarks.md, the {@code json} part); a shared one writes the same body in about
 * 0.1 ms. Default configuration, so the JSON is unchanged. {@code Jsonb} is thread-safe.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
