package dev.marquee.platform.infrastructure.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The plugins directory: the JARs in it, and a class loader over them whose parent is the WAR's. */
final class PluginDirectory {

    private PluginDirectory() {
    }

    /** The {@code .jar} files directly in {@code dir}, by name; none if the directory does not exist. */
    static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the plugins directory " + dir, e);
        }
    }

    /**
     * A loader over the JARs that asks {@code parent} first, so core's classes (the SPI) are shared
     * with the WAR; with no JARs it is {@code parent} itself.
     */
    static ClassLoader loaderFor(List<Path> jars, ClassLoader parent) {
        if (jars.isEmpty()) {
            return parent;
        }
        URL[] urls = jars.stream().map(PluginDirectory::url).toArray(URL[]::new);
        return new URLClassLoader("marquee-plugins", urls, parent);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable plugin path: " + jar, e);
        }
    }
}
