package dev.marquee.plugin.chat.ws;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;

import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives each stage-socket session on Tyrus a plain scheduler for its idle timer. Tyrus re-arms that timer on
 * every message in and out ({@code TyrusSession.restartIdleTimeoutExecutor}), even when the session has no
 * idle timeout, by scheduling a task on the container's scheduler; on Payara that is a managed scheduled
 * executor whose context capture runs a {@code ServiceLoader} scan per task, under the class path's lock
 * (about a fifth of the server's CPU at 2,000 inbound frames a second: docs/benchmarks.md, issue 17).
 * <p>
 * The chat's sessions have no idle timeout (the chat never sets one and the container's default is none), so
 * the task Tyrus schedules does nothing but check that; here it runs on one thread made once by the
 * container's thread factory, without a capture per task. Only sessions with no idle timeout are changed,
 * and only when Tyrus' private field {@code TyrusSession.service} (Tyrus 2.1) is found; otherwise nothing
 * changes. Liveness is as before: a peer that stops reading is closed by the send-queue rule (docs/chat.md).
 */
@ApplicationScoped
public class TyrusIdleTimer {

    private static final Logger LOG = Logger.getLogger(TyrusIdleTimer.class.getName());
    private static final String SESSION = "org.glassfish.tyrus.core.TyrusSession";

    @Resource
    ManagedThreadFactory threadFactory;

    private volatile ScheduledThreadPoolExecutor scheduler;
    private volatile Field service;
    private volatile boolean unsupported;

    /** Moves the session's idle timer to the plain scheduler when it has no idle timeout. */
    void lighten(Session session) {
        if (unsupported || session.getMaxIdleTimeout() > 0) {
            return;
        }
        try {
            Field field = field(session.getClass());
            if (field != null) {
                field.set(session, scheduler());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            unsupported = true;
            LOG.log(Level.INFO, "Tyrus' idle timer stays on the container's scheduler", e);
        }
    }

    private Field field(Class<?> sessionClass) throws ReflectiveOperationException {
        Field f = service;
        if (f != null && f.getDeclaringClass().isAssignableFrom(sessionClass)) {
            return f;
        }
        for (Class<?> c = sessionClass; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(SESSION)) {
                f = c.getDeclaredField("service");
                f.setAccessible(true);
                service = f;
                LOG.info("Tyrus' per-message idle timer runs on a plain scheduler for the stage socket");
                return f;
            }
        }
        unsupported = true;
        return null;
    }

    private ScheduledExecutorService scheduler() {
        ScheduledThreadPoolExecutor s = scheduler;
        if (s == null) {
            synchronized (this) {
                s = scheduler;
                if (s == null) {
                    ThreadFactory threads = threadFactory != null ? threadFactory : Thread::new;
                    s = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread t = threads.newThread(r);
                        t.setName("marquee-chat-idle-timer");
                        t.setDaemon(true);
                        return t;
                    });
                    s.setRemoveOnCancelPolicy(true);
                    scheduler = s;
                }
            }
        }
        return s;
    }

    @PreDestroy
    void stop() {
        ScheduledThreadPoolExecutor s = scheduler;
        if (s != null) {
            s.shutdownNow();
        }
    }
}
