package dev.marquee.plugin.rtmp.llhls;

import dev.marquee.plugin.rtmp.cmaf.CmafInit;
import dev.marquee.plugin.rtmp.cmaf.CmafListener;
import dev.marquee.plugin.rtmp.cmaf.CmafPart;
import dev.marquee.plugin.rtmp.cmaf.CmafSegment;
import dev.marquee.plugin.rtmp.cmaf.CmafSegmentStart;
import dev.marquee.plugin.rtmp.cmaf.CmafSettings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

/**
 * One stream's LL-HLS output in memory, fed by its {@link dev.marquee.plugin.rtmp.cmaf.CmafPackager}:
 * the playlist lists at least {@code windowSize} finished segments and never less than three target
 * durations (RFC 8216bis 6.2.2); a segment that leaves it stays downloadable for its own duration plus
 * the playlist's, then is forgotten, so memory is bounded by the stream's bitrate times about twice
 * the window. A new {@link LlHlsSnapshot} is published after every part, and requests waiting for it
 * are woken ({@link #await}).
 *
 * <p><b>Threads.</b> The listener methods run on the publisher's thread; {@link #snapshot} and
 * {@link #await} may be called from any thread and never block.
 */
public final class LlHlsWindow implements CmafListener {

    private record Retired(CmafSegment segment, long availableUntilMillis) {
    }

    private static final int MAX_INITS = 8;

    private final String stream;
    private final CmafSettings settings;
    private final int windowSize;
    private final Waiters waiters;
    private final List<CmafInit> inits = new ArrayList<>();
    private final ArrayDeque<CmafSegment> listed = new ArrayDeque<>();
    private final ArrayDeque<Retired> retired = new ArrayDeque<>();
    private final List<CmafPart> openParts = new ArrayList<>();
    private CmafSegmentStart open;
    private long discontinuitySequence;
    private boolean ended;
    private volatile LlHlsSnapshot snapshot;

    /**
     * @param stream the stream's id in media file names ({@code [0-9a-z]{1,13}}), unique per publication
     * @param scheduler runs the wake-ups of waiting requests and their time-outs
     */
    public LlHlsWindow(String stream, CmafSettings settings, int windowSize, ScheduledExecutorService scheduler) {
        if (!stream.matches("[0-9a-z]{1,13}")) {
            throw new IllegalArgumentException("stream id must be 1 to 13 of [0-9a-z]");
        }
        if (windowSize < 3) {
            throw new IllegalArgumentException("an LL-HLS window needs at least 3 segments");
        }
        this.stream = stream;
        this.settings = settings;
        this.windowSize = windowSize;
        this.waiters = new Waiters(scheduler, () -> snapshot);
    }

    /** The state to serve, or null before the first part. */
    public LlHlsSnapshot snapshot() {
        return snapshot;
    }

    /** Runs {@code wake} once the state satisfies {@code ready}, or after {@code timeoutMillis}. Returns at once. */
    public void await(Predicate<LlHlsSnapshot> ready, long timeoutMillis, Runnable wake) {
        waiters.await(ready, timeoutMillis, wake);
    }

    /** Requests waiting now (for tests and metrics). */
    public int waiting() {
        return waiters.size();
    }

    @Override
    public synchronized void init(CmafInit init) {
        inits.add(init);
        if (inits.size() > MAX_INITS) {
            inits.remove(0);
        }
    }

    @Override
    public synchronized void part(CmafPart part, CmafSegmentStart segment) {
        if (open == null || open.sequence() != segment.sequence()) {
            open = segment;
            openParts.clear();
        }
        openParts.add(part);
        publish();
    }

    @Override
    public synchronized void segment(CmafSegment segment) {
        open = null;
        openParts.clear();
        listed.addLast(segment);
        long nowMillis = segment.startMillis() + segment.durationMicros() / 1000;
        long playlistMicros = 0;
        for (CmafSegment s : listed) {
            playlistMicros += s.durationMicros();
        }
        long minimumMicros = 3L * settings.targetDurationSeconds() * 1_000_000;
        while (listed.size() > windowSize && playlistMicros - listed.peekFirst().durationMicros() >= minimumMicros) {
            CmafSegment oldest = listed.removeFirst();
            playlistMicros -= oldest.durationMicros();
            if (oldest.discontinuity()) {
                discontinuitySequence++;
            }
            retired.addLast(new Retired(oldest, nowMillis + (oldest.durationMicros() + playlistMicros) / 1000));
        }
        while (!retired.isEmpty() && retired.peekFirst().availableUntilMillis() <= nowMillis) {
            retired.removeFirst();
        }
        publish();
    }

    @Override
    public synchronized void end() {
        ended = true;
        if (snapshot != null || !listed.isEmpty()) {
            publish();
        }
    }

    private void publish() {
        if (inits.isEmpty()) {
            return;
        }
        List<CmafSegment> available = new ArrayList<>(retired.size() + listed.size());
        for (Retired r : retired) {
            available.add(r.segment());
        }
        available.addAll(listed);
        if (available.isEmpty() && openParts.isEmpty()) {
            return;
        }
        snapshot = new LlHlsSnapshot(stream, settings, inits, available, retired.size(), open, openParts,
                discontinuitySequence, ended);
        waiters.published();
    }
}
