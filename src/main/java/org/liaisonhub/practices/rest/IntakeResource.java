package org.liaisonhub.practices.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.liaisonhub.practices.application.IntakeService;
import org.liaisonhub.practices.intake.QuestionnaireMapping;
import org.liaisonhub.security.domain.Role;

/**
 * {@code POST /api/intake?filename=answer.docx} (editors): the uploaded questionnaire mapped question by
 * question, for review. Nothing is stored; the reviewed answers are published through the import. Too many uploads
 * answer 429, a file over the limit 413, an unreadable one 400 ({@link IntakeExceptionMappers}).
 */
@Path("/intake")
@RolesAllowed(Role.EDITOR_NAME)
public class IntakeResource {

    @Inject
    IntakeService intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public QuestionnaireMapping map(
            @QueryParam("filename") String fileName, InputStream body, @Context HttpServletRequest request) {
        return intake.map(fileName, body, request.getRemoteAddr());
    }
}
