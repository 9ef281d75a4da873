package dev.marquee.example.pretix;

import jakarta.enterprise.inject.spi.BeanManager;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Core's beans (the guarded {@code OutboundHttp}, {@code OutboundAddresses}) for a plugin in the plugins
 * directory. Such a JAR becomes a bean archive of its own, and on Payara Micro today core's beans are not
 * visible from it: {@code @Inject OutboundHttp} fails the deployment (WELD-001408) and
 * {@code CDI.current()} answers with the plugin archive's bean manager, which cannot resolve them either.
 * The application's bean manager ({@code java:comp/BeanManager}) sees them; this asks it.
 */
final class CoreBeans {

    private CoreBeans() {
    }

    static <T> T get(Class<T> type) {
        try {
            BeanManager beans = (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
            return beans.createInstance().select(type).get();
        } catch (NamingException e) {
            throw new IllegalStateException("The application's bean manager cannot be found", e);
        }
    }
}
