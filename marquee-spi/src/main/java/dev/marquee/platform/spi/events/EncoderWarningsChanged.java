package dev.marquee.platform.spi.events;

import java.time.Instant;
import java.util.List;

/**
 * The encoder warnings of a stage's incoming stream changed (one came or went; an empty list when the
 * last one cleared or the stream ended with warnings). Fired asynchronously by the media provider on
 * the instance the publisher is connected to, once per change.
 *
 * @param stageId the stage
 * @param codes the warning codes now, as {@code GET /api/v1/stages/{id}/ingest} lists them
 * @param at when the change was seen
 *
 * @since 0.1.0
 */
public record EncoderWarningsChanged(long stageId, List<String> codes, Instant at) {

    public EncoderWarningsChanged {
        codes = List.copyOf(codes);
    }
}
