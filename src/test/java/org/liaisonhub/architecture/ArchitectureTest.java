package org.liaisonhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The arrows of docs/architecture.md, kept true by {@code mvn verify}: between the top-level packages (the kernel
 * {@code catalog}, {@code platform}, and the features) no cycle; the platform knows no feature; the kernel and the
 * domain packages know nothing above them; and inside each feature web | rest → application → domain.
 */
@AnalyzeClasses(packages = "org.liaisonhub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.liaisonhub";

    /** The features: what the product does. Everything else is the kernel ({@code catalog}) or {@code platform}. */
    static final List<String> FEATURES =
            List.of("directory", "resources", "practices", "search", "editorial", "security", "alerts");

    /** Root classes included: {@code org.liaisonhub.platform.StartupTasks} is in the slice "platform". */
    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = noCycles(ROOT);

    @ArchTest
    static final ArchRule platformDependsOnNoFeature = platformDependsOnNoFeature(ROOT);

    @ArchTest
    static final ArchRule kernelDependsOnNothingOfLiaison = classes()
            .that()
            .resideInAPackage("org.liaisonhub.catalog..")
            .and()
            .resideOutsideOfPackage("org.liaisonhub.catalog.validation")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.liaisonhub.catalog..", "java..", "jakarta..", "org.hibernate..");

    /** The content rules' validators: besides the kernel's own, the libraries that are the rules. */
    @ArchTest
    static final ArchRule kernelRulesUseOnlyTheirLibraries = classes()
            .that()
            .resideInAPackage("org.liaisonhub.catalog.validation")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.liaisonhub.catalog..",
                    "java..",
                    "jakarta..",
                    "org.hibernate..",
                    "com.google.i18n.phonenumbers..",
                    "org.apache.commons.validator..");

    @ArchTest
    static final ArchRule domainDependsOnTheKernelAndAnnotationsOnly = domainDependsOnTheKernelAndAnnotationsOnly(ROOT);

    /** Viewer, Role checks and the current viewer: used by every feature, so they may use no feature but their own. */
    @ArchTest
    static final ArchRule securityRootKnowsOnlyKernelPlatformAndItsDomain = classes()
            .that()
            .resideInAPackage("org.liaisonhub.security")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.liaisonhub.security",
                    "org.liaisonhub.security.domain..",
                    "org.liaisonhub.catalog..",
                    "org.liaisonhub.platform..",
                    "java..",
                    "jakarta..");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..application..", "..web..", "..rest..");

    @ArchTest
    static final ArchRule applicationKnowsNoWebOrRest = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..rest..");

    @ArchTest
    static final ArchRule webAndRestNeverTouchTheEntityManager = noClasses()
            .that()
            .resideInAnyPackage("..web..", "..rest..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule restResourcesAreNamedSo = classes()
            .that()
            .resideInAPackage("..rest..")
            .and()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should()
            .haveSimpleNameEndingWith("Resource");

    /** Page beans are {@code XxxView}; stateless application-scoped helpers of expressions {@code XxxFunctions}. */
    @ArchTest
    static final ArchRule viewsAreNamedSo = classes()
            .that()
            .resideInAPackage("..web..")
            .and()
            .areAnnotatedWith(jakarta.inject.Named.class)
            .should()
            .haveSimpleNameEndingWith("View")
            .orShould()
            .haveSimpleNameEndingWith("Functions")
            .allowEmptyShould(true);

    // The rules take the root package, so ArchitectureRulesTest can show each one failing on classes made to break it.

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule platformDependsOnNoFeature(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES.stream()
                        .map(feature -> root + "." + feature + "..")
                        .toArray(String[]::new));
    }

    /**
     * A domain class may use the JDK, Jakarta (persistence, validation annotations), Hibernate (search mapping and
     * Envers annotations), the kernel, and its own domain package; nothing else of Liaison.
     */
    static ArchRule domainDependsOnTheKernelAndAnnotationsOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".*.domain..")
                .should(
                        new ArchCondition<JavaClass>("depend only on the kernel, their own domain package, the JDK,"
                                + " Jakarta and Hibernate") {
                            @Override
                            public void check(JavaClass item, ConditionEvents events) {
                                String own = ownDomainPackage(root, item.getPackageName());
                                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                                    if (!allowedFromDomain(
                                            root, dependency.getTargetClass().getPackageName(), own)) {
                                        events.add(
                                                SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                                    }
                                }
                            }
                        });
    }

    /** {@code org.liaisonhub.directory.domain} for a class in it or below it. */
    static String ownDomainPackage(String root, String packageName) {
        String feature = packageName.substring(root.length() + 1).split("\\.")[0];
        return root + "." + feature + ".domain";
    }

    static boolean allowedFromDomain(String root, String targetPackage, String ownDomainPackage) {
        return targetPackage.isEmpty() // primitives
                || within(targetPackage, "java")
                || within(targetPackage, "javax")
                || within(targetPackage, "jakarta")
                || within(targetPackage, "org.hibernate")
                || within(targetPackage, root + ".catalog")
                || within(targetPackage, ownDomainPackage);
    }

    private static boolean within(String targetPackage, String root) {
        return targetPackage.equals(root) || targetPackage.startsWith(root + ".");
    }
}
