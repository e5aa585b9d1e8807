package org.liaisonhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liaisonhub.security.web.PageAccess;
import org.liaisonhub.security.web.PageAccess.Match;

/**
 * Deny by default, kept true by the build: every JAX-RS resource method says who may call it, and every page has a
 * row in the page table. Either gap would otherwise be refused at run time (403/404) — or, worse, a new route
 * would be added with a rule nobody chose.
 */
class AccessDeclarationTest {

    private static final List<Class<?>> ACCESS_ANNOTATIONS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    /** Any public method with an HTTP-method annotation, in a class with {@code @Path}. */
    static final ArchRule everyResourceMethodDeclaresWhoMayCallIt = methods()
            .that()
            .areMetaAnnotatedWith(HttpMethod.class)
            .and()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should(declareAnAccessRule());

    private static ArchCondition<JavaMethod> declareAnAccessRule() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll (on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = carriesOne(method) || carriesOne(method.getOwner());
                events.add(new SimpleConditionEvent(
                        method,
                        declared,
                        method.getFullName() + (declared ? " declares" : " does not declare") + " who may call it"));
            }
        };
    }

    private static boolean carriesOne(CanBeAnnotated element) {
        return ACCESS_ANNOTATIONS.stream().anyMatch(annotation -> element.isAnnotatedWith(annotation.getName()));
    }

    @Test
    void everyResourceMethod_declaresWhoMayCallIt() {
        everyResourceMethodDeclaresWhoMayCallIt.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaisonhub"));
    }

    @Test
    void theResourceMethodRule_findsAnUndeclaredMethod() {
        var fixtures = new ClassFileImporter().importClasses(UndeclaredResource.class, DeclaredResource.class);

        var result = everyResourceMethodDeclaresWhoMayCallIt.evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .hasSize(1)
                .first()
                .asString()
                .contains("UndeclaredResource.open");
    }

    @Test
    void thereAreResourceMethodsToCheck() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaisonhub");
        long resourceMethods = classes.stream()
                .filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isMetaAnnotatedWith(HttpMethod.class))
                .count();
        assertThat(resourceMethods).as("the rule is not vacuous").isGreaterThan(20);
    }

    @Test
    void everyPage_hasARowInThePageTable() throws IOException {
        Path webapp = Paths.get("src/main/webapp");
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(Files::isRegularFile)
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/"))
                    .sorted()
                    .toList();
        }

        assertThat(pages).as("pages found").contains("/index.xhtml", "/admin/users.xhtml", "/editorial/edit.xhtml");
        assertThat(pages).allSatisfy(page -> assertThat(PageAccess.ruleFor(page))
                .as(page)
                .hasValueSatisfying(rule -> assertThat(rule.match()).isNotEqualTo(Match.API_UNDER)));
    }

    @jakarta.ws.rs.Path("/undeclared")
    static class UndeclaredResource {
        @GET
        public String open() {
            return "";
        }
    }

    @jakarta.ws.rs.Path("/declared")
    @RolesAllowed("editor")
    static class DeclaredResource {
        @POST
        public String write() {
            return "";
        }

        @GET
        @PermitAll
        public String read() {
            return "";
        }
    }
}
