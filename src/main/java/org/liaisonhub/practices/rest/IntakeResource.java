package org.liaisonhub.practices.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liaisonhub.platform.application.RateLimitService;
import org.liaisonhub.platform.application.RateLimitedAction;
import org.liaisonhub.practices.intake.DocumentText;
import org.liaisonhub.practices.intake.Questionnaire;
import org.liaisonhub.practices.intake.QuestionnaireMapping;
import org.liaisonhub.practices.intake.QuestionnaireParser;
import org.liaisonhub.practices.intake.UnreadableDocumentException;
import org.liaisonhub.security.domain.Role;

/**
 * {@code POST /api/intake?filename=answer.docx} (editors): the uploaded questionnaire mapped question by
 * question, for review. Nothing is stored; the reviewed answers are published through the import.
 */
@Path("/intake")
@RolesAllowed(Role.EDITOR_NAME)
public class IntakeResource {

    @Inject
    RateLimitService rateLimits;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public QuestionnaireMapping map(@QueryParam("filename") String fileName, InputStream body,
            @Context HttpServletRequest request) {
        rateLimits.check(RateLimitedAction.INTAKE, request.getRemoteAddr());
        byte[] content;
        try {
            content = body.readNBytes(DocumentText.MAX_BYTES + 1);
        } catch (IOException e) {
            throw tooLarge();
        }
        if (content.length > DocumentText.MAX_BYTES) {
            throw tooLarge();
        }
        try {
            String text = DocumentText.extract(content, fileName);
            return new QuestionnaireParser(Questionnaire.ICT_INTERNATIONAL_COOPERATION).parse(text);
        } catch (UnreadableDocumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException("The file is larger than " + DocumentText.MAX_BYTES / (1024 * 1024)
                + " MiB.", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
