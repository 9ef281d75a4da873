package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Tells every instance that a stage's setting changed (its restream targets, its transcoding ladder), so
 * the instance holding the stage's publisher, whichever instance served the organizer's request, acts on
 * it: a cluster topic per setting carries "sync N" (the stage id) as UTF-8 text. The sender hears its
 * own message too.
 */
public final class StageSignals {

    private static final String SYNC = "sync ";

    private final ClusterTopic topic;

    public StageSignals(ClusterTopics topics, String topicName) {
        this.topic = topics.topic(topicName);
    }

    public void changed(long stageId) {
        topic.publish((SYNC + stageId).getBytes(StandardCharsets.UTF_8));
    }

    /** Hands each stage id to {@code handler} on the grid's event thread: the handler must not block. Close the answer to stop. */
    public ClusterTopic.Registration listen(LongConsumer handler) {
        return topic.listen(bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith(SYNC)) {
                try {
                    handler.accept(Long.parseLong(text.substring(SYNC.length())));
                } catch (NumberFormatException e) {
                    // not ours to act on
                }
            }
        });
    }
}
