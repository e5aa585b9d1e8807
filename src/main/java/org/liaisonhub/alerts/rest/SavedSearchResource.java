package org.liaisonhub.alerts.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.liaisonhub.alerts.application.DigestService;
import org.liaisonhub.alerts.application.SavedSearchService;
import org.liaisonhub.alerts.application.SavedSearchSummary;
import org.liaisonhub.platform.rest.StrictJson;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

/**
 * Saved searches of the signed-in user: {@code GET /api/saved-searches} lists them; {@code POST} with
 * {"name": "…", "search": "q=EIO&country=SE", "email": "…" (optional), "language": "fr" (optional)} saves one (201);
 * {@code DELETE /api/saved-searches/{id}}; {@code GET /api/saved-searches/{id}/alerts.atom} its Atom feed.
 * {@code GET /api/saved-searches/unsubscribe?token=…} (anyone holding the e-mail's link) turns its alerts off.
 * {@code POST /api/saved-searches/digest} (admins) sends the due digests now.
 */
@Path("/saved-searches")
@RolesAllowed({Role.MEMBER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class SavedSearchResource {

    public static final String ATOM = "application/atom+xml";

    /** The body of a new saved search; missing members are judged by {@link SavedSearchService}. */
    public record NewSavedSearch(
            @JsonbTypeDeserializer(StrictJson.Text.class) String name,
            @JsonbTypeDeserializer(StrictJson.Text.class) String search,
            @JsonbTypeDeserializer(StrictJson.Text.class) String email,
            @JsonbTypeDeserializer(StrictJson.Text.class) String language) {}

    @Inject
    SavedSearchService savedSearches;

    @Inject
    DigestService digests;

    @Inject
    Viewer viewer;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public List<SavedSearchSummary> mine() {
        return savedSearches.mine(viewer);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(NewSavedSearch body) {
        if (body == null) {
            throw new BadRequestException("Send {\"name\": \"…\", \"search\": \"q=…&country=…\", \"email\": \"…\"}.");
        }
        String language = body.language() != null ? body.language() : acceptedLanguage();
        SavedSearchSummary saved = savedSearches.save(viewer, body.name(), body.search(), body.email(), language);
        return Response.created(URI.create("saved-searches/" + saved.id()))
                .entity(saved)
                .build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    public Response delete(@PathParam("id") long id) {
        savedSearches.delete(viewer, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/alerts.atom")
    @Produces(ATOM)
    public Response feed(@PathParam("id") long id) {
        String xml = AtomFeed.write(savedSearches.feed(viewer, id), base());
        return Response.ok(xml, MediaType.valueOf(ATOM + ";charset=UTF-8")).build();
    }

    /** One click from the e-mail, no sign-in: the random token is the credential. Idempotent. */
    @GET
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribe(@QueryParam("token") String token) {
        ResourceBundle messages = ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(acceptedLanguage()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return savedSearches
                .unsubscribe(token)
                .map(name ->
                        Response.ok(UnsubscribePage.html(messages, messages.getString("alerts.unsubscribed"), name)))
                .orElseGet(() -> Response.status(404)
                        .entity(UnsubscribePage.html(messages, messages.getString("alerts.unsubscribe.unknown"), null)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    @POST
    @Path("digest")
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<String, Integer> sendDigestsNow() {
        return Map.of("sent", digests.sendDue());
    }

    private String acceptedLanguage() {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (List.of("en", "fr", "ar").contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    private String base() {
        String root = uri.getBaseUri().toString(); // …/api/
        return root.substring(0, root.length() - (root.endsWith("/api/") ? "/api/".length() : 1));
    }
}
