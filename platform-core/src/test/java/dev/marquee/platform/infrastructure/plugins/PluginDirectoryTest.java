package dev.marquee.platform.infrastructure.plugins;

import dev.marquee.platform.spi.media.MediaProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PluginDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aMissingDirectoryHasNoJars() {
        assertThat(PluginDirectory.jars(dir.resolve("absent"))).isEmpty();
        assertThat(PluginDirectory.loaderFor(List.of(), getClass().getClassLoader())).isSameAs(getClass().getClassLoader());
    }

    @Test
    void onlyJarFilesCountInNameOrder() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a plugin");
        Files.createDirectory(dir.resolve("folder.jar"));
        jar(dir.resolve("b.jar"), null);
        jar(dir.resolve("a.jar"), null);
        assertThat(PluginDirectory.jars(dir)).extracting(p -> p.getFileName().toString()).containsExactly("a.jar", "b.jar");
    }

    @Test
    void serviceLoaderFindsAProviderDeclaredInAJarOfTheDirectory() throws IOException {
        jar(dir.resolve("fake.jar"), FakeMediaProvider.class.getName());
        ClassLoader parent = new ClassLoader(getClass().getClassLoader()) {
            // hides the test's own META-INF/services, so only the JAR can declare the provider
            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/") ? java.util.Collections.emptyEnumeration()
                        : super.getResources(name);
            }
        };
        assertThat(ServiceLoader.load(MediaProvider.class, parent).stream().count()).isZero();

        ClassLoader loader = PluginDirectory.loaderFor(PluginDirectory.jars(dir), parent);
        List<Class<? extends MediaProvider>> found = ServiceLoader.load(MediaProvider.class, loader).stream()
                .map(ServiceLoader.Provider::type).toList();
        assertThat(found).containsExactly(FakeMediaProvider.class);
    }

    @Test
    void scopedClassesOfTheJarsAreOfferedAsBeans() throws IOException {
        Path jar = dir.resolve("beans.jar");
        String resource = FakeMediaProvider.class.getName().replace('.', '/') + ".class";
        String plain = PluginDirectoryTest.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            copy(out, resource);
            copy(out, plain);
        }
        List<Class<?>> beans = PluginDirectory.beanClasses(List.of(jar), getClass().getClassLoader());
        assertThat(beans).containsExactly(FakeMediaProvider.class);
    }

    private void copy(JarOutputStream out, String resource) throws IOException {
        out.putNextEntry(new JarEntry(resource));
        try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    private static void jar(Path file, String providerClass) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); JarOutputStream out = new JarOutputStream(raw)) {
            if (providerClass != null) {
                out.putNextEntry(new JarEntry("META-INF/services/" + MediaProvider.class.getName()));
                out.write((providerClass + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
