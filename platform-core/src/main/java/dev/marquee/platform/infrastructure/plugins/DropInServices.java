package dev.marquee.platform.infrastructure.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The plugin API's services ({@code OutboundHttp}, {@code PluginData}, {@code ClusterTopics}, {@code ClusterMaps},
 * {@code ClusterMembers}, ...) for plugins dropped into the plugins directory: every interface of the API is
 * served, so a new service needs nothing here. Their beans are registered by {@link PluginDiscoveryExtension}, and
 * Payara puts an extension's types in a bean archive of their own that does not see core's beans, so an
 * {@code @Inject PluginData data;} there was unsatisfied. Such an injection point (a plugin API interface,
 * no qualifier, in a class of the plugins directory) gets the {@link ForDropIn} qualifier, and a bean with
 * that qualifier answers core's bean, looked up through core's own bean manager.
 */
final class DropInServices {

    private static final String SPI = "dev.marquee.platform.spi.";
    private static volatile BeanManager core;

    private final ClassLoader dropIns;
    private final Set<Class<?>> served = new LinkedHashSet<>();

    DropInServices(ClassLoader dropIns) {
        this.dropIns = dropIns;
    }

    /** Core's bean manager, which sees core's beans; set by core's own beans as they start. */
    static void useCoreBeans(BeanManager beans) {
        core = beans;
    }

    void requalify(ProcessInjectionPoint<?, ?> event) {
        InjectionPoint point = event.getInjectionPoint();
        if (point.getBean() == null || point.getBean().getBeanClass().getClassLoader() != dropIns) {
            return;
        }
        Type type = point.getType();
        if (type instanceof Class<?> service && service.isInterface() && service.getName().startsWith(SPI)
                && onlyDefault(point.getQualifiers())) {
            event.configureInjectionPoint().qualifiers(ForDropIn.Literal.INSTANCE);
            served.add(service);
        }
    }

    void serve(AfterBeanDiscovery event) {
        for (Class<?> service : served) {
            event.addBean().types(service).qualifiers(ForDropIn.Literal.INSTANCE).scope(Dependent.class)
                    .produceWith(ignored -> coreBean(service));
        }
    }

    private static Object coreBean(Class<?> service) {
        BeanManager beans = core;
        if (beans == null) {
            throw new IllegalStateException("A plugin asked for " + service.getName() + " before Marquee started");
        }
        return beans.createInstance().select(service).get();
    }

    private static boolean onlyDefault(Set<Annotation> qualifiers) {
        return qualifiers.stream().allMatch(q -> q.annotationType() == Default.class);
    }

    /** Hands core's bean manager to {@link DropInServices} as soon as the application scope starts. */
    @ApplicationScoped
    static class CoreBeans {

        void started(@Observes @Initialized(ApplicationScoped.class) Object event, BeanManager beans) {
            useCoreBeans(beans);
        }
    }
}
