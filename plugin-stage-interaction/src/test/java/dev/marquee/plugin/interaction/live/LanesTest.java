package dev.marquee.plugin.interaction.live;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LanesTest {

    @Test
    void tasksOfOneKeyRunInOrderEvenWhenOneFails() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Lanes lanes = new Lanes(pool);
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        for (int i = 0; i < 500; i++) {
            int n = i;
            for (String key : List.of("a", "b", "c")) {
                lanes.run(key, () -> {
                    seen.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(n);
                    if (n == 10) {
                        throw new IllegalStateException("a failing task");
                    }
                });
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.values().stream().mapToInt(List::size).sum() < 1500 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        pool.shutdown();
        List<Integer> expected = IntStream.range(0, 500).boxed().toList();
        assertThat(seen).containsOnlyKeys("a", "b", "c");
        seen.values().forEach(list -> assertThat(list).isEqualTo(expected));
    }
}
