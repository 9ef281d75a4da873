package dev.marquee.platform.application.viewing;

import java.time.Instant;
import java.util.List;

/** What one person watched in an event: each viewing, newest last. */
public record PersonHistory(String subject, String displayName, List<Entry> viewings) {

    /** One viewing; {@code endedAt} null while it plays. */
    public record Entry(String id, long stageId, String stageName, Long sessionId, String protocol, String device,
                        Instant startedAt, Instant endedAt, long bytes) {
    }
}
