package dev.marquee.platform.spi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package and every public type of the plugin API says in its Javadoc since which version it is
 * there ({@code @since}), so a plugin author can tell what an older Marquee lacks (docs/plugins.md,
 * "Versions and compatibility"). Read from the sources: the compiled classes no longer carry Javadoc.
 */
class SinceTagsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** A top-level public type's declaration, at the start of a line. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|record|enum|@interface)\\s");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s");

    @Test
    void everyPublicTypeAndPackageSaysSinceWhen() throws IOException {
        List<String> missing;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            missing = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !hasSinceTag(f))
                    .map(f -> SOURCES.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        assertThat(missing).as("plugin API sources whose type or package Javadoc lacks @since").isEmpty();
    }

    @Test
    void findsTheSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).isGreaterThan(50);
        }
    }

    private static boolean hasSinceTag(Path file) {
        String source = read(file);
        Matcher declaration = (file.endsWith("package-info.java") ? PACKAGE : PUBLIC_TYPE).matcher(source);
        if (!declaration.find()) {
            return true; // nothing public at the top level
        }
        String before = source.substring(0, declaration.start());
        int open = before.lastIndexOf("/**");
        int close = before.lastIndexOf("*/");
        return open >= 0 && close > open && before.substring(open, close).contains("@since");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
