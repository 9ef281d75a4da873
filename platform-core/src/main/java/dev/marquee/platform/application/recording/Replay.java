package dev.marquee.platform.application.recording;

import java.time.Instant;
import java.util.List;

/**
 * A replay someone may watch: a scheduled session's (with its cut) or a whole recording's.
 *
 * @param id what it plays
 * @param stageId the stage it was streamed on
 * @param sessionId the scheduled session, or null for a whole recording
 * @param title the session's title, or the recording's name
 * @param from when the first segment was live (replay time 0)
 * @param to when the last segment ended
 * @param durationSeconds the sum of its segments' durations, rounded
 * @param published whether attendees see it
 * @param startOffsetSeconds the cut's move of the scheduled start (0 for a recording)
 * @param endOffsetSeconds the cut's move of the scheduled end (0 for a recording)
 * @param pieces what it plays of each recording
 */
public record Replay(ReplayId id, long stageId, Long sessionId, String title, Instant from, Instant to,
        long durationSeconds, boolean published, int startOffsetSeconds, int endOffsetSeconds,
        List<ReplayPiece> pieces) {
}
