package dev.marquee.plugin.rtmp.abr;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.SealedTopic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Tells every instance that a stage's transcoding setting changed, so the instance holding the stage's
 * publisher starts or stops its transcoder: the sealed grid topic {@value #TOPIC} carries "sync N" (the stage
 * id) as UTF-8 text. The sender hears its own message too.
 */
final class TranscodeSignals {

    static final String TOPIC = "rtmp.transcode";
    private static final String SYNC = "sync ";

    private final SealedTopic topic;

    TranscodeSignals(DataGrid grid) {
        this.topic = grid.sealedTopic(TOPIC);
    }

    void changed(long stageId) {
        topic.publish((SYNC + stageId).getBytes(StandardCharsets.UTF_8));
    }

    /** Hands each stage id to {@code handler} on the grid's event thread: the handler must not block. */
    UUID listen(LongConsumer handler) {
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

    void unlisten(UUID registration) {
        topic.unlisten(registration);
    }
}
