package org.liaisonhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of docs/architecture.md: web | rest → application → domain. */
@AnalyzeClasses(packages = "org.liaisonhub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..rest..");

    @ArchTest
    static final ArchRule applicationKnowsNoWebOrRest = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..rest..");

    @ArchTest
    static final ArchRule webAndRestNeverTouchTheEntityManager = noClasses().that()
            .resideInAnyPackage("..web..", "..rest..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule restResourcesAreNamedSo = classes().that().resideInAPackage("..rest..")
            .and().areAnnotatedWith(jakarta.ws.rs.Path.class).should().haveSimpleNameEndingWith("Resource");

    @ArchTest
    static final ArchRule viewsAreNamedSo = classes().that().resideInAPackage("..web..")
            .and().areAnnotatedWith(jakarta.inject.Named.class).should().haveSimpleNameEndingWith("View").allowEmptyShould(true);
}
