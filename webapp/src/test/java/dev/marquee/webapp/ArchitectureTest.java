package dev.marquee.webapp;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin boundary, checked on the classes the WAR is built from (the drop-in example plugin depends on
 * {@code marquee-spi} alone, so its compiler keeps it inside):
 * core knows no plugin, the plugin API ({@code marquee-spi}) needs nothing else of Marquee, plugins never
 * use each other, and a plugin reaches core only through the plugin API. Built-in plugins that still reach
 * further are listed in {@link #STILL_REACHING}, type by type: a new reach fails the build, and so does an
 * entry no longer needed, so the list only shrinks.
 */
class ArchitectureTest {

    private static final String SPI = "dev.marquee.platform.spi..";
    private static final String CORE = "dev.marquee.platform..";
    private static final String PLUGINS = "dev.marquee.plugin..";

    /**
     * Core types each built-in plugin (by its package under {@code dev.marquee.plugin}) still uses outside
     * the plugin API, waiting for a published seam (docs/plugins.md, "What built-in plugins still reach").
     */
    private static final Map<String, Set<String>> STILL_REACHING = Map.of(
            "chat", Set.of(
                    "infrastructure.cluster.DataGrid", "infrastructure.cluster.GridCalls",
                    "infrastructure.cluster.GridChange", "infrastructure.cluster.GridCodec",
                    "infrastructure.cluster.GridTally", "infrastructure.cluster.SealedMap",
                    "infrastructure.cluster.SealedTopic"),
            "rtmp", Set.of(
                    "infrastructure.cluster.DataGrid", "infrastructure.cluster.GridCalls",
                    "infrastructure.cluster.GridChange", "infrastructure.cluster.GridCodec",
                    "infrastructure.cluster.GridTally", "infrastructure.cluster.SealedMap",
                    "infrastructure.cluster.SealedTopic"));

    /** Plugin packages that must be found, so a rule cannot pass on classes that were never read. */
    private static final Set<String> EXPECTED_PLUGINS = Set.of(
            "accesscode", "chat", "interaction", "rtmp", "storage", "twilio", "vimeo", "weemss");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.marquee");
    }

    @Test
    void everyModuleIsRead() {
        Set<String> found = new TreeSet<>();
        classes.stream().map(ArchitectureTest::pluginOf).filter(p -> p != null).forEach(found::add);
        assertThat(found).containsAll(EXPECTED_PLUGINS);
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.marquee.platform.spi"))).isTrue();
    }

    @Test
    void coreKnowsNoPlugin() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(PLUGINS, "dev.marquee.example..")
                .check(classes);
    }

    @Test
    void thePluginApiNeedsNothingElseOfMarquee() {
        noClasses().that().resideInAPackage(SPI)
                .should().dependOnClassesThat(resideInAPackage("dev.marquee..").and(not(resideInAPackage(SPI))))
                .check(classes);
    }

    @Test
    void pluginsNeverUseEachOther() {
        slices().matching("dev.marquee.plugin.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void pluginsReachCoreOnlyThroughThePluginApiBeyondTheFrozenList() {
        Map<String, Set<String>> reached = new TreeMap<>();
        for (JavaClass type : classes.that(resideInAnyPackage(PLUGINS))) {
            String plugin = pluginOf(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith("dev.marquee.platform.")
                        && !target.getPackageName().startsWith("dev.marquee.platform.spi")) {
                    String topLevel = target.getName().replaceFirst("\\$.*", "")
                            .substring("dev.marquee.platform.".length());
                    reached.computeIfAbsent(plugin, k -> new TreeSet<>()).add(topLevel);
                }
            }
        }
        Map<String, String> wrong = new TreeMap<>();
        for (String plugin : EXPECTED_PLUGINS) {
            Set<String> added = new TreeSet<>(reached.getOrDefault(plugin, Set.of()));
            added.removeAll(STILL_REACHING.getOrDefault(plugin, Set.of()));
            Set<String> gone = new TreeSet<>(STILL_REACHING.getOrDefault(plugin, Set.of()));
            gone.removeAll(reached.getOrDefault(plugin, Set.of()));
            if (!added.isEmpty()) {
                wrong.put(plugin + " newly uses (publish a seam in marquee-spi instead)", added.toString());
            }
            if (!gone.isEmpty()) {
                wrong.put(plugin + " no longer uses (take off STILL_REACHING)", gone.toString());
            }
        }
        assertThat(wrong).as("core types plugins use outside marquee-spi").isEmpty();
    }

    private static String pluginOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("dev.marquee.plugin.")) {
            return null;
        }
        String rest = name.substring("dev.marquee.plugin.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
