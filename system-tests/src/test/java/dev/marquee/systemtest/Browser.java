package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing downloaded), with the
 * waits and form helpers the page tests need and screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final MarqueeServer server;
    private final boolean network;

    private Browser(ChromeDriver driver, MarqueeServer server, boolean network) {
        this.driver = driver;
        this.server = server;
        this.network = network;
    }

    static Browser open(MarqueeServer server) {
        return open(server, false, new String[0]);
    }

    /** A browser started with more Chromium switches ({@code --host-resolver-rules=...}, say). */
    static Browser open(MarqueeServer server, String... extraArguments) {
        return open(server, false, extraArguments);
    }

    /**
     * A browser that also keeps its network log (every request, its answer and its end), which
     * {@link #saveEvidence} then writes out: for a player that fails to start only in full runs.
     */
    static Browser openWatchingNetwork(MarqueeServer server) {
        return open(server, true, new String[0]);
    }

    private static Browser open(MarqueeServer server, boolean network, String... extraArguments) {
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("marquee.work.dir", "target")), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            if (network) {
                logs.enable(LogType.PERFORMANCE, Level.ALL);
            }
            options.setCapability("goog:loggingPrefs", logs);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            options.addArguments(extraArguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), server, network);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(server.uri(path).toString());
        return this;
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T waitUntil(Function<ChromeDriver, T> condition) {
        return waitUntil(condition, WAIT);
    }

    <T> T waitUntil(Function<ChromeDriver, T> condition, Duration limit) {
        // A page that navigates or re-renders while the condition looks replaces the element it read.
        return new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.apply(driver));
    }

    /**
     * Waits for visible text anywhere on the page. Read in one script call: a body element looked up first
     * and read after can be gone by then (a navigation), which Chromium reports as an inspector error rather
     * than as a stale element; a script run while the next page loads can fail the same way. Either is
     * "not yet".
     */
    void waitForText(String text) {
        waitUntil(d -> {
            try {
                return String.valueOf(script("return document.body ? document.body.innerText : '';")).contains(text)
                        ? Boolean.TRUE : null;
            } catch (WebDriverException e) {
                return null;
            }
        });
    }

    /** Types into an input or textarea the way a person does (the page hears every input event). */
    Browser type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Sets a value that keyboards type differently per locale (date and time inputs), then fires input. */
    Browser setValue(By by, String value) {
        WebElement element = find(by);
        ((JavascriptExecutor) driver).executeScript("""
                const e = arguments[0];
                const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(e), 'value').set;
                setter.call(e, arguments[1]);
                e.dispatchEvent(new Event('input', {bubbles: true}));
                e.dispatchEvent(new Event('change', {bubbles: true}));""", element, value);
        return this;
    }

    Browser click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the page as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("marquee.screenshots.dir", "target/screenshots")));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot plus the page's address, text and console log, for a failed test. */
    void saveEvidence(String name) {
        try {
            Path shot = screenshot(name);
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n"));
            Files.writeString(shot.resolveSibling(name + ".txt"), driver.getCurrentUrl() + "\n\n"
                    + driver.findElement(By.tagName("body")).getText() + "\n\nconsole:\n" + console
                    + (network ? "\n\nnetwork:\n" + NetworkLog.summary(driver.manage().logs().get(LogType.PERFORMANCE)) : ""));
        } catch (RuntimeException | IOException e) {
            System.err.println("No evidence for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
