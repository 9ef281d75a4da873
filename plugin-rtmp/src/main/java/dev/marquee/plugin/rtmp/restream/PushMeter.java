package dev.marquee.plugin.rtmp.restream;

/** Where a push reports what it did, for the metrics. Cheap and non-blocking; called from event loops. */
public interface PushMeter {

    PushMeter NONE = new PushMeter() {
    };

    default void sent(long bytes) {
    }

    default void reconnected() {
    }

    default void dropped(long packets) {
    }
}
