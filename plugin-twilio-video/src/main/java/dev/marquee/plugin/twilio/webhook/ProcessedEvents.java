package dev.marquee.plugin.twilio.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/** The keys of the latest callbacks applied (a bounded memory), so a replayed callback changes nothing. */
public final class ProcessedEvents {

    /** How many keys are remembered by default. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Map<String, Boolean> seen;

    public ProcessedEvents(int capacity) {
        this.seen = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time a key is offered (and remembers it), false for a replay. */
    public synchronized boolean firstTime(String key) {
        return seen.putIfAbsent(key, Boolean.TRUE) == null;
    }

    public synchronized int size() {
        return seen.size();
    }
}
