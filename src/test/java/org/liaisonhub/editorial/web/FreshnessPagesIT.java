package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Freshness in the browser: a member reports an outdated contact, an editor finds it in the queue and marks
 * it handled; the stale dashboard lists entries that need verification by country.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class FreshnessPagesIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void memberReportsOutdated_editorHandlesItInTheQueue() {
        String comment = "Threema ID changed last month (" + System.nanoTime() + ")";
        try (Browser member = Browser.open()) {
            member.driver().get(base + "directory/contact.xhtml?key=se-rmk-eio-mla");
            assertThat(member.driver().findElements(By.id("report-outdated")))
                    .as("anonymous: no report form")
                    .isEmpty();

            SignIn.as(member, base, DemoAccounts.MEMBER);
            member.driver().get(base + "directory/contact.xhtml?key=se-rmk-eio-mla");
            member.driver().findElement(By.id("report-form:report-button")).click();
            assertThat(member.waiting()
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form:report-messages")))
                            .getText())
                    .as("empty comment refused")
                    .isNotBlank();

            member.driver().findElement(By.id("report-form:report-comment")).sendKeys(comment);
            member.driver().findElement(By.id("report-form:report-button")).click();
            member.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-sent")));
            assertThat(member.severeLogEntries()).isEmpty();

            member.driver().get(base + "editorial/reports.xhtml");
            assertThat(member.driver().findElements(By.id("reports")))
                    .as("members do not see the queue")
                    .isEmpty();
        }
        try (Browser editor = Browser.open()) {
            SignIn.as(editor, base, DemoAccounts.EDITOR);
            editor.driver().get(base + "editorial/reports.xhtml");
            WebElement row = editor.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.xpath("//tr[contains(@class,'report')][td[contains(., '" + comment + "')]]")));
            assertThat(row.getText()).contains(DemoAccounts.MEMBER.user(), "Swedish Prosecution Authority");
            assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
                    .as("the reported entry's page")
                    .endsWith("/directory/contact.xhtml?key=se-rmk-eio-mla");
            editor.screenshot("reports-queue");

            row.findElement(By.cssSelector("input.handle-button")).click();
            editor.waiting().until(ExpectedConditions.stalenessOf(row));
            assertThat(editor.driver().findElement(By.id("queue")).getText()).doesNotContain(comment);

            editor.driver().findElement(By.id("show-all")).click();
            editor.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue"), comment));
            assertThat(editor.driver().findElement(By.id("queue")).getText()).contains(DemoAccounts.EDITOR.user());
        }
    }

    @Test
    void staleDashboard_groupsEntriesByCountry_mostFirst_andEachNeedsVerification() {
        try (Browser editor = Browser.open()) {
            SignIn.as(editor, base, DemoAccounts.EDITOR);
            editor.driver().get(base + "editorial/stale.xhtml");

            List<WebElement> groups = editor.waiting()
                    .until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("section.stale-country")));
            assertThat(groups).isNotEmpty();
            List<Integer> counts = groups.stream()
                    .map(g -> Integer.parseInt(g.findElement(By.cssSelector(".stale-count"))
                            .getText()
                            .strip()))
                    .toList();
            assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            for (WebElement g : groups) {
                assertThat(g.findElements(By.cssSelector("tbody tr")))
                        .hasSize(Integer.parseInt(g.findElement(By.cssSelector(".stale-count"))
                                .getText()
                                .strip()));
            }
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            assertThat(editor.driver().findElement(By.id("stale-total")).getText())
                    .contains(String.valueOf(total));
            editor.screenshot("stale-dashboard");

            groups.get(0).findElement(By.cssSelector("tbody a")).click();
            assertThat(editor.waiting()
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("needs-verification")))
                            .isDisplayed())
                    .isTrue();
        }
    }

    @Test
    void membersCannotOpenTheDashboard() {
        try (Browser member = Browser.open()) {
            SignIn.as(member, base, DemoAccounts.MEMBER);
            member.driver().get(base + "editorial/stale.xhtml");
            assertThat(member.driver().findElements(By.cssSelector("section.stale-country")))
                    .isEmpty();
            assertThat(member.driver().getPageSource()).doesNotContain("stale-total");
        }
    }
}
