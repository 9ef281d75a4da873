package dev.marquee.plugin.rtmp.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One stage's stream while its publisher is on air. The publisher's thread calls {@link #publish};
 * subscribers join at any time and get, in order, the metadata, the decoder configurations and the
 * GOP cache, then every packet as it comes. Publishing and subscribing take the same lock, so a new
 * subscriber neither misses nor repeats a packet. Fan-out only hands packets to subscribers, which
 * queue them: one slow viewer never delays the others.
 */
public final class LiveStream {

    private final long stageId;
    private final Publisher publisher;
    private final Instant startedAt;
    private final GopCache gop;
    private final RateMeter video = new RateMeter();
    private final RateMeter all = new RateMeter();
    private final List<StreamSubscriber> subscribers = new CopyOnWriteArrayList<>();

    private MediaPacket metadata;
    private MediaPacket videoConfig;
    private MediaPacket audioConfig;
    private volatile Map<String, Object> metadataValues = Map.of();
    private boolean ended;

    public LiveStream(long stageId, Publisher publisher, Instant startedAt, long maxGopBytes) {
        this.stageId = stageId;
        this.publisher = publisher;
        this.startedAt = startedAt;
        this.gop = new GopCache(maxGopBytes);
    }

    public long stageId() {
        return stageId;
    }

    public Publisher publisher() {
        return publisher;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The stream's {@code onMetaData} packet (as players expect it, without {@code @setDataFrame}) and its values. */
    public synchronized void metadata(MediaPacket packet, Map<String, Object> values) {
        metadata = packet;
        metadataValues = Map.copyOf(values);
        deliver(packet);
    }

    public Map<String, Object> metadataValues() {
        return metadataValues;
    }

    /** The next audio or video packet of the publisher. */
    public synchronized void publish(MediaPacket packet) {
        if (ended) {
            return;
        }
        long now = System.currentTimeMillis();
        all.record(now, packet.size());
        if (packet.isSequenceHeader()) {
            if (packet.kind() == MediaPacket.Kind.VIDEO) {
                videoConfig = packet;
            } else {
                audioConfig = packet;
            }
        } else {
            if (packet.kind() == MediaPacket.Kind.VIDEO) {
                video.record(now, 0);
            }
            gop.add(packet);
        }
        deliver(packet);
    }

    /** Adds a subscriber, priming it with what a decoder needs to start at the latest keyframe. */
    public synchronized boolean subscribe(StreamSubscriber subscriber) {
        if (ended) {
            return false;
        }
        if (metadata != null) {
            subscriber.accept(metadata);
        }
        if (videoConfig != null) {
            subscriber.accept(videoConfig);
        }
        if (audioConfig != null) {
            subscriber.accept(audioConfig);
        }
        for (MediaPacket packet : gop.snapshot()) {
            subscriber.accept(packet);
        }
        subscribers.add(subscriber);
        return true;
    }

    public void unsubscribe(StreamSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** The publisher is gone: every subscriber hears the end. */
    public synchronized void end() {
        if (ended) {
            return;
        }
        ended = true;
        for (StreamSubscriber s : subscribers) {
            s.end();
        }
        subscribers.clear();
    }

    public synchronized boolean ended() {
        return ended;
    }

    /** Bitrate, frame rate and subscriber count right now. */
    public StreamStats stats(Instant now) {
        long millis = now.toEpochMilli();
        return new StreamStats(Math.round(all.bitsPerSecond(millis)), video.perSecond(millis),
                number(metadataValues.get("width")), number(metadataValues.get("height")),
                subscribers.size(), startedAt);
    }

    private void deliver(MediaPacket packet) {
        for (StreamSubscriber s : subscribers) {
            s.accept(packet);
        }
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
