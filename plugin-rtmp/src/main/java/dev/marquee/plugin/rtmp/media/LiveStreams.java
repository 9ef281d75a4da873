package dev.marquee.plugin.rtmp.media;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The stages on air on this instance, one stream per stage. A stage has at most one publisher: a
 * second one is refused while the first is live.
 */
public final class LiveStreams {

    /** Thrown when a stage already has a publisher. */
    public static final class AlreadyLive extends Exception {
        public AlreadyLive(long stageId) {
            super("Stage " + stageId + " is already live");
        }
    }

    private final Map<Long, LiveStream> streams = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long maxGopBytes;
    private final Consumer<LiveStream> onStart;
    private final Consumer<LiveStream> onStop;

    /**
     * @param onStart told after a stream starts, on the publisher's thread (must not block)
     * @param onStop told after a stream ends, on the thread that ended it (must not block)
     */
    public LiveStreams(Clock clock, long maxGopBytes, Consumer<LiveStream> onStart, Consumer<LiveStream> onStop) {
        this.clock = clock;
        this.maxGopBytes = maxGopBytes;
        this.onStart = onStart;
        this.onStop = onStop;
    }

    public LiveStream start(long stageId, Publisher publisher) throws AlreadyLive {
        LiveStream fresh = new LiveStream(stageId, publisher, clock.instant(), maxGopBytes);
        LiveStream existing = streams.putIfAbsent(stageId, fresh);
        if (existing != null) {
            throw new AlreadyLive(stageId);
        }
        onStart.accept(fresh);
        return fresh;
    }

    /** Ends the stream if it is still the stage's current one. */
    public void stop(LiveStream stream) {
        if (streams.remove(stream.stageId(), stream)) {
            stream.end();
            onStop.accept(stream);
        }
    }

    public Optional<LiveStream> find(long stageId) {
        return Optional.ofNullable(streams.get(stageId));
    }

    /** Streams on air right now. */
    public int count() {
        return streams.size();
    }

    public boolean isLive(long stageId) {
        return streams.containsKey(stageId);
    }

    /** Cuts off the stage's publisher, if any (key rotated, stage deleted). */
    public void disconnect(long stageId, String reason) {
        LiveStream stream = streams.get(stageId);
        if (stream != null) {
            stream.publisher().disconnect(reason);
            stop(stream);
        }
    }

    /** Ends every stream (shutdown). */
    public void stopAll(String reason) {
        for (LiveStream stream : streams.values()) {
            stream.publisher().disconnect(reason);
            stop(stream);
        }
    }
}
