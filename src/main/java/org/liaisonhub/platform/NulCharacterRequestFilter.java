package org.liaisonhub.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses JSON bodies that carry a NUL character (U+0000; in JSON only ever written as the escape
 * backslash-u0000), found by {@link NulCharacters}. No text in Liaison may contain one and PostgreSQL refuses it in
 * any string, so it gets a plain 400 here rather than a database error later. Other bodies are left alone: uploaded
 * files may hold NUL bytes, and the API's few form fields are numbers and names of states, which refuse it anyway.
 */
@Provider
public class NulCharacterRequestFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        if (NulCharacters.inJson(new String(body, StandardCharsets.UTF_8))) {
            request.abortWith(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("bad-request", NulCharacters.MESSAGE))
                    .build());
        }
    }
}
