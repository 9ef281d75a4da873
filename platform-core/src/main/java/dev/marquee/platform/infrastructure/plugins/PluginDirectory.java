package dev.marquee.platform.infrastructure.plugins;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.NormalScope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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

    /**
     * The classes of the JARs that declare a CDI scope, for the extension to register: JARs of the
     * plugins directory are not bean archives of the WAR, so CDI would not find a plugin's own helper
     * beans otherwise. Classes that cannot be loaded are skipped.
     */
    static List<Class<?>> beanClasses(List<Path> jars, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream().map(JarEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.contains("-") && !n.startsWith("META-INF/"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .map(name -> load(name, loader))
                        .filter(c -> c != null && declaresScope(c))
                        .forEach(classes::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the plugin JAR " + jar, e);
            }
        }
        return classes;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean declaresScope(Class<?> type) {
        return Arrays.stream(type.getAnnotations()).anyMatch(a -> a.annotationType() == Dependent.class
                || a.annotationType().isAnnotationPresent(NormalScope.class));
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable plugin path: " + jar, e);
        }
    }
}
