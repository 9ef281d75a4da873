package dev.marquee.webapp;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin boundary, checked on the classes the WAR is built from (the drop-in example plugin depends on
 * {@code marquee-spi} alone, so its compiler keeps it inside):
 * core knows no plugin, the plugin API ({@code marquee-spi}) needs nothing else of Marquee, plugins never
 * use each other, and a plugin reaches core only through the plugin API.
 */
class ArchitectureTest {

    private static final String SPI = "dev.marquee.platform.spi..";
    private static final String CORE = "dev.marquee.platform..";
    private static final String PLUGINS = "dev.marquee.plugin..";

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
    void pluginsReachCoreOnlyThroughThePluginApi() {
        noClasses().that().resideInAPackage(PLUGINS)
                .should().dependOnClassesThat(resideInAPackage(CORE).and(not(resideInAPackage(SPI))))
                .because("a plugin compiles against marquee-spi alone; publish a seam there instead (docs/plugins.md)")
                .check(classes);
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
