package dev.marquee.plugin.rtmp.playback;

import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.platform.spi.audience.ViewingLedger;
import dev.marquee.platform.spi.audience.ViewingRequest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * HLS and LL-HLS viewings: they hold no connection, so a viewing is a run of requests with one
 * playback address (as {@link HttpAudience} counts them), opened through the ledger by the run's first
 * request (the limit is checked there) and closed by {@link #closeIdle} once the address has asked for
 * nothing for {@code idleGapMillis}: a paused player frees its slot after that gap. At most
 * {@code maxRuns} runs are open; past that, new addresses are served without being recorded (so a flood
 * of valid addresses cannot grow memory). Thread-safe; a request of an open run costs one map read.
 */
public final class HttpViewings {

    /** What a request is told: go on (with the run's viewing, to count bytes), or the refusal. */
    public record Outcome(Viewing viewing, Admission refused) {
    }

    private final ViewingLedger ledger;
    private final EndedAddresses ended;
    private final long idleGapMillis;
    private final int maxRuns;
    private final LongSupplier clock;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    private static final class Run {
        final Viewing viewing;
        volatile long lastSeen;

        Run(Viewing viewing, long lastSeen) {
            this.viewing = viewing;
            this.lastSeen = lastSeen;
        }
    }

    public HttpViewings(ViewingLedger ledger, EndedAddresses ended, long idleGapMillis, int maxRuns, LongSupplier clock) {
        this.ledger = ledger;
        this.ended = ended;
        this.idleGapMillis = idleGapMillis;
        this.maxRuns = maxRuns;
        this.clock = clock;
    }

    /**
     * A request of the address: part of its open run, or the start of a new one (refused past the
     * person's limit). {@code expiresAtMillis} is the address's expiry, kept if the person ends it elsewhere.
     */
    public Outcome request(long stageId, String token, long sessionId, String protocol, String userAgent,
                           long expiresAtMillis) {
        long now = clock.getAsLong();
        String key = stageId + "/" + token;
        Run run = runs.get(key);
        if (run != null) {
            run.lastSeen = now;
            return new Outcome(run.viewing, null);
        }
        if (runs.size() >= maxRuns) {
            return new Outcome(null, null);
        }
        Admission admission = ledger.open(new ViewingRequest(stageId, sessionId, protocol, userAgent, () -> {
            ended.end(stageId, token, expiresAtMillis, clock.getAsLong());
            close(key);
        }));
        if (!admission.admitted()) {
            return new Outcome(null, admission);
        }
        Run fresh = new Run(admission.viewing(), now);
        Run raced = runs.putIfAbsent(key, fresh);
        if (raced != null) {
            admission.viewing().close();
            raced.lastSeen = now;
            return new Outcome(raced.viewing, null);
        }
        return new Outcome(fresh.viewing, null);
    }

    /** Closes the runs idle for longer than the gap; answers how many. */
    public int closeIdle() {
        long now = clock.getAsLong();
        int closed = 0;
        for (Map.Entry<String, Run> e : runs.entrySet()) {
            if (now - e.getValue().lastSeen > idleGapMillis && runs.remove(e.getKey(), e.getValue())) {
                e.getValue().viewing.close();
                closed++;
            }
        }
        return closed;
    }

    /** Closes every run (shutting down). */
    public void closeAll() {
        runs.keySet().forEach(this::close);
    }

    private void close(String key) {
        Run run = runs.remove(key);
        if (run != null) {
            run.viewing.close();
        }
    }
}
