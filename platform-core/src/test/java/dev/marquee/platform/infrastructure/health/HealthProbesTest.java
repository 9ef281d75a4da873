package dev.marquee.platform.infrastructure.health;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class HealthProbesTest {

    @Test
    void aCheckRunsWithTheClassLoaderOfTheThreadThatProbedAndLeavesItsOwnThreadAsItWas() throws Exception {
        ClassLoader application = new URLClassLoader(new URL[0], getClass().getClassLoader());
        Thread caller = Thread.currentThread();
        ClassLoader before = caller.getContextClassLoader();
        Supplier<ClassLoader> seen;
        caller.setContextClassLoader(application);
        try {
            seen = HealthProbes.withCallersClassLoader(() -> Thread.currentThread().getContextClassLoader());
        } finally {
            caller.setContextClassLoader(before);
        }

        Thread worker = new Thread(() -> { });
        ClassLoader workersOwn = worker.getContextClassLoader();
        CompletableFuture<ClassLoader[]> result = new CompletableFuture<>();
        Thread runner = new Thread(() -> result.complete(new ClassLoader[] {seen.get(), Thread.currentThread().getContextClassLoader()}));
        runner.start();
        runner.join();

        assertThat(result.get()[0]).isSameAs(application);
        assertThat(result.get()[1]).as("restored afterwards").isSameAs(workersOwn);
    }
}
