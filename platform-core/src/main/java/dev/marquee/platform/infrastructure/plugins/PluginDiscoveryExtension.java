package dev.marquee.platform.infrastructure.plugins;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Finds plugins at deployment. For every extension point it asks {@link ServiceLoader} for the
 * implementations visible to the plugin class loader (the WAR's JARs and the plugins directory's),
 * and registers those that CDI did not discover on its own as beans, together with the scoped
 * classes of the directory's JARs (a plugin's own helper beans). {@link PluginRegistry} then
 * obtains every plugin as a CDI bean.
 */
public class PluginDiscoveryExtension implements Extension {

    static final String PLUGINS_DIR = "marquee.plugins.dir";

    private static final Logger LOG = Logger.getLogger(PluginDiscoveryExtension.class.getName());

    private final Set<Class<? extends MarqueePlugin>> found = new LinkedHashSet<>();
    private final Set<Class<?>> seenByCdi = new HashSet<>();
    private final List<Path> jars = new ArrayList<>();
    private DropInServices dropInServices;

    void discover(@Observes BeforeBeanDiscovery event) {
        ClassLoader war = Thread.currentThread().getContextClassLoader();
        Path dir = Path.of(ConfigProvider.getConfig(war).getOptionalValue(PLUGINS_DIR, String.class).orElse("./plugins"));
        jars.addAll(PluginDirectory.jars(dir));
        ClassLoader loader = PluginDirectory.loaderFor(jars, war);
        dropInServices = new DropInServices(jars.isEmpty() ? null : loader);
        for (PluginKind kind : PluginKind.values()) {
            ServiceLoader.load(kind.contract(), loader).stream().forEach(provider -> found.add(provider.type()));
        }
        for (Class<?> bean : PluginDirectory.beanClasses(jars, loader)) {
            event.addAnnotatedType(bean, "marquee-plugin-bean:" + bean.getName());
        }
        LOG.info(() -> "Plugins directory " + dir.toAbsolutePath().normalize() + ": " + jars.size()
                + " JAR(s); plugin classes found: " + found.size());
    }

    void seen(@Observes ProcessAnnotatedType<? extends MarqueePlugin> event) {
        seenByCdi.add(event.getAnnotatedType().getJavaClass());
    }

    void register(@Observes AfterTypeDiscovery event, BeanManager beanManager) {
        for (Class<? extends MarqueePlugin> type : found) {
            if (!seenByCdi.contains(type)) {
                event.addAnnotatedType(type, "marquee-plugin:" + type.getName());
            }
        }
    }


    /** A plugin API service a plugin of the plugins directory injects comes from core ({@link DropInServices}). */
    void requalify(@Observes ProcessInjectionPoint<?, ?> event) {
        if (dropInServices != null) {
            dropInServices.requalify(event);
        }
    }

    void serveDropIns(@Observes AfterBeanDiscovery event) {
        if (dropInServices != null) {
            dropInServices.serve(event);
        }
    }

    /** The plugin classes found, in discovery order. */
    List<Class<? extends MarqueePlugin>> orderedPluginClasses() {
        return List.copyOf(found);
    }
}
