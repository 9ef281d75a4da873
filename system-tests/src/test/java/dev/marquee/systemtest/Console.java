package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;

import java.util.function.Supplier;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;

/** The organizer console in Chromium: a browser signed in as the test organizer, and evidence of failures. */
final class Console {

    private Console() {
    }

    /** Opens a browser on {@code /admin} and signs in as the bootstrap organizer. */
    static Browser signedIn(MarqueeServer server) {
        Browser browser = Browser.open(server);
        browser.go("/admin");
        browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        browser.find(By.cssSelector("nav[aria-label=Console]"));
        return browser;
    }

    /** On a failure, what the browser (if one is open by then) showed and logged, beside the screenshots. */
    static TestExecutionExceptionHandler evidence(Supplier<Browser> browser) {
        return (context, failure) -> {
            if (browser.get() != null) {
                browser.get().saveEvidence("failed-" + context.getRequiredTestMethod().getName());
            }
            throw failure;
        };
    }
}
