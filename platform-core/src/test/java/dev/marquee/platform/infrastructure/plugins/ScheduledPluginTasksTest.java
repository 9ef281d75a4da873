package dev.marquee.platform.infrastructure.plugins;

import dev.marquee.platform.infrastructure.health.TaskHeartbeats;
import dev.marquee.platform.spi.schedule.PluginTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduledPluginTasksTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
    private final TaskHeartbeats heartbeats = new TaskHeartbeats();
    private final ScheduledPluginTasks tasks = new ScheduledPluginTasks(scheduler, heartbeats);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void runsPassesAfterAFailingOneAndIsWatchedUnderThePluginPrefix() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        try (PluginTask task = tasks.every("my-plugin.poll", Duration.ofSeconds(1), () -> {
            passes.incrementAndGet();
            third.countDown();
            if (passes.get() == 1) {
                throw new IllegalStateException("the outside service was down");
            }
        })) {
            assertThat(heartbeats.secondsSinceBeat()).containsKey("plugin.my-plugin.poll");
            assertThat(third.await(10, TimeUnit.SECONDS)).as("three passes, the first one failing").isTrue();
            assertThat(task.name()).isEqualTo("my-plugin.poll");
            assertThat(task.interval()).isEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void closingStopsThePassesAndTheWatch() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        PluginTask task = tasks.every("my-plugin.clean-up", Duration.ofSeconds(1), passes::incrementAndGet);
        task.close();
        task.close();
        Thread.sleep(1_500);
        assertThat(passes).hasValue(0);
        assertThat(heartbeats.secondsSinceBeat()).doesNotContainKey("plugin.my-plugin.clean-up");
        tasks.every("my-plugin.clean-up", Duration.ofSeconds(1), passes::incrementAndGet).close();
    }

    @Test
    void oneNameRunsOnceAtATime() {
        try (PluginTask ignored = tasks.every("my-plugin.poll", Duration.ofMinutes(1), () -> { })) {
            assertThatThrownBy(() -> tasks.every("my-plugin.poll", Duration.ofMinutes(1), () -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already runs");
        }
    }

    @Test
    void refusesNamesOutsideThePluginsOwnAndIntervalsOutOfBounds() {
        for (String name : new String[] {"poll", "My-Plugin.poll", "my-plugin..poll", "my-plugin.poll ", "", null}) {
            assertThatThrownBy(() -> tasks.every(name, Duration.ofMinutes(1), () -> { }))
                    .as(String.valueOf(name)).isInstanceOf(IllegalArgumentException.class);
        }
        for (Duration interval : new Duration[] {Duration.ofMillis(999), Duration.ofDays(2), Duration.ZERO, null}) {
            assertThatThrownBy(() -> tasks.every("my-plugin.poll", interval, () -> { }))
                    .as(String.valueOf(interval)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(heartbeats.secondsSinceBeat()).isEmpty();
    }
}
