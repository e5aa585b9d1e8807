package org.liaisonhub.security.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.liaisonhub.platform.ApiError;
import org.liaisonhub.security.AccessRule;
import org.liaisonhub.security.web.LiaisonAuthenticationMechanism;
import org.liaisonhub.security.web.UnauthorizedPage;

/**
 * Deny by default in the API: every resource method gets a filter that applies the rule it declares
 * ({@code @PermitAll}, {@code @RolesAllowed}, {@code @DenyAll}, on the method or its class), and a method that
 * declares none refuses everyone. This holds whatever the address looks like (a trailing slash, another
 * spelling): web.xml's URL patterns are only a second line. The filter runs before any other (priority
 * AUTHENTICATION) and before the body is read, so a refused caller gets 401/403, never a 400 about the body.
 */
@Provider
public class ResourceAccessFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        AccessRule rule =
                AccessRule.declaredOn(method, resource.getResourceClass()).orElse(AccessRule.NOBODY);
        context.register(new AccessRuleFilter(rule), Priorities.AUTHENTICATION);
    }

    /** One resource method's rule, applied to each call. */
    @Priority(Priorities.AUTHENTICATION)
    static final class AccessRuleFilter implements ContainerRequestFilter {

        private final AccessRule rule;

        AccessRuleFilter(AccessRule rule) {
            this.rule = rule;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            switch (rule.decide(caller.getUserPrincipal() != null, caller::isUserInRole)) {
                case ALLOWED -> {}
                case SIGN_IN_FIRST ->
                    request.abortWith(refusal(
                                    Response.Status.UNAUTHORIZED,
                                    ApiError.of("unauthorized", UnauthorizedPage.DEFAULT_MESSAGE))
                            .header(HttpHeaders.WWW_AUTHENTICATE, LiaisonAuthenticationMechanism.BASIC_CHALLENGE)
                            .build());
                case FORBIDDEN ->
                    request.abortWith(refusal(
                                    Response.Status.FORBIDDEN,
                                    ApiError.of("forbidden", "Your account's role may not do this."))
                            .build());
            }
        }

        private static Response.ResponseBuilder refusal(Response.Status status, ApiError error) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(error);
        }
    }
}
