package org.liaisonhub.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaisonhub.directory.application.AuthorityDetails;
import org.liaisonhub.directory.application.ContactCards;
import org.liaisonhub.directory.application.ContactDetails;
import org.liaisonhub.directory.application.DirectoryService;
import org.liaisonhub.directory.application.QrCodes;
import org.liaisonhub.security.Viewer;

/** {@code GET /api/authorities/{key}} and {@code GET /api/contacts/{key}}; hidden entries answer 404. */
@Path("/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @Inject
    ContactCards cards;

    @Inject
    Viewer viewer;

    @GET
    @Path("authorities/{key}")
    public AuthorityDetails authority(@PathParam("key") String key) {
        return directory
                .authority(key, viewer)
                .orElseThrow(() -> new NotFoundException("No authority with key '" + key + "'."));
    }

    @GET
    @Path("contacts/{key}")
    public ContactDetails contact(@PathParam("key") String key) {
        return directory
                .contact(key, viewer)
                .orElseThrow(() -> new NotFoundException("No contact point with key '" + key + "'."));
    }

    /** The contact point as a vCard 4.0 file. */
    @GET
    @Path("contacts/{key}/vcard")
    @Produces("text/vcard")
    public Response vcard(@PathParam("key") String key) {
        String card = cards.vcard(key, viewer)
                .orElseThrow(() -> new NotFoundException("No contact point with key '" + key + "'."));
        return Response.ok(card, "text/vcard; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + key + ".vcf\"")
                .build();
    }

    /** The same vCard as a QR code, to scan from the screen. */
    @GET
    @Path("contacts/{key}/qr")
    @Produces("image/png")
    public Response qr(@PathParam("key") String key) {
        String card = cards.vcard(key, viewer)
                .orElseThrow(() -> new NotFoundException("No contact point with key '" + key + "'."));
        return Response.ok(QrCodes.png(card, 320), "image/png")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }
}
