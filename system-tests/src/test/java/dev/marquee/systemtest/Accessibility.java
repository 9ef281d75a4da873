package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core, the accessibility engine (the npm package the pages' build installs), run inside the page
 * a {@link Browser} shows: the page's serious and critical violations, each with its rule, what it asks
 * and the first elements it found. WebDriver's script evaluation is not subject to the page's
 * Content-Security-Policy, so the engine runs on the real pages unchanged.
 */
final class Accessibility {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String engine;

    private Accessibility() {
    }

    /** The serious and critical violations on the page as it is now, one line each; empty when none. */
    static List<String> seriousViolations(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.script(engine());
        Object found = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));""");
        try {
            List<String> lines = new ArrayList<>();
            for (JsonNode v : JSON.readTree(String.valueOf(found))) {
                lines.add(v.path("impact").asText() + " " + v.path("id").asText() + ": " + v.path("help").asText()
                        + " at " + v.path("nodes"));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String engine() {
        if (engine == null) {
            Path file = Path.of(System.getProperty("marquee.axe.file",
                    "../webapp/src/main/frontend/node_modules/axe-core/axe.min.js"));
            try {
                engine = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException(file + " is missing: the webapp build installs it (run through Maven)", e);
            }
        }
        return engine;
    }
}
