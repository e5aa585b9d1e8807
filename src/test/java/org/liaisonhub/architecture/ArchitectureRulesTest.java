package org.liaisonhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} can fail: each is run on the classes of {@code architecture.fixture}, made to
 * break them (a platform class that knows a feature, a domain class that knows the platform, two features that know
 * each other), as if that package were Liaison's root.
 */
class ArchitectureRulesTest {

    private static final String FIXTURE = "org.liaisonhub.architecture.fixture";
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void twoFeaturesThatKnowEachOther_areACycle() {
        assertThat(ArchitectureTest.noCycles(FIXTURE)
                        .evaluate(BROKEN)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("directory") && line.contains("search"));
    }

    @Test
    void aPlatformClassThatKnowsAFeature_breaksThePlatformRule() {
        assertThat(ArchitectureTest.platformDependsOnNoFeature(FIXTURE)
                        .evaluate(BROKEN)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("KnowsAFeature"));
    }

    @Test
    void aDomainClassThatKnowsThePlatform_breaksTheDomainRule_itsOwnPackageDoesNot() {
        assertThat(ArchitectureTest.domainDependsOnTheKernelAndAnnotationsOnly(FIXTURE)
                        .evaluate(BROKEN)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("KnowsThePlatform"))
                .noneMatch(line -> line.contains("KnowsItsOwnPackage"));
    }

    @Test
    void aDomainClass_mayUseTheKernelItsPackageAndLibraries_only() {
        String own = ArchitectureTest.ownDomainPackage("org.liaisonhub", "org.liaisonhub.directory.domain.sub");
        assertThat(own).isEqualTo("org.liaisonhub.directory.domain");
        assertThat(ArchitectureTest.allowedFromDomain("org.liaisonhub", "org.liaisonhub.catalog", own))
                .isTrue();
        assertThat(ArchitectureTest.allowedFromDomain("org.liaisonhub", "jakarta.persistence", own))
                .isTrue();
        assertThat(ArchitectureTest.allowedFromDomain("org.liaisonhub", "org.liaisonhub.directory.domain", own))
                .isTrue();
        assertThat(ArchitectureTest.allowedFromDomain("org.liaisonhub", "org.liaisonhub.platform", own))
                .isFalse();
        assertThat(ArchitectureTest.allowedFromDomain("org.liaisonhub", "org.liaisonhub.practices.domain", own))
                .isFalse();
        assertThat(ArchitectureTest.allowedFromDomain("org.liaisonhub", "org.liaisonhub.catalogue", own))
                .isFalse();
    }
}
