package dev.marquee.platform.application.viewing;

import dev.marquee.platform.spi.audience.OpenStream;

import java.time.Instant;
import java.util.UUID;

/** One open stream of a person as the grid holds it, with the member (instance) that serves it. */
record GridStream(String id, long eventId, long stageId, String stageName, String device, long startedAt, UUID member) {

    OpenStream open() {
        return new OpenStream(id, stageId, stageName, device, Instant.ofEpochMilli(startedAt));
    }
}
