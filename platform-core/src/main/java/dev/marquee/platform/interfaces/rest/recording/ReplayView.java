package dev.marquee.platform.interfaces.rest.recording;

import dev.marquee.platform.application.recording.Replay;
import dev.marquee.platform.application.recording.ReplayPiece;
import dev.marquee.platform.application.recording.ReplayService;
import dev.marquee.platform.domain.model.recording.SegmentEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A replay and how to play it: {@code sources} (one signed VOD HLS playlist) and {@code chat} (the
 * address of the chat of that time with offsets, or null). {@code from} is replay time 0. A replay
 * made of several recordings (the publisher reconnected) skips the time between them: {@code timeline}
 * says where each recording's part starts, in replay seconds and on the wall clock, so a page can place
 * what happened at a wall-clock time (a chat message) at its moment in the replay.
 */
public record ReplayView(Long sessionId, Long recordingId, long stageId, String title, Instant from, Instant to,
        long durationSeconds, boolean published, int startOffsetSeconds, int endOffsetSeconds,
        List<Map<String, String>> sources, String chat, List<TimelinePoint> timeline) {

    /** Replay time {@code at} (seconds) shows the wall-clock instant {@code wallClock}; time runs on from there. */
    public record TimelinePoint(double at, Instant wallClock) {
    }

    public static ReplayView of(Replay replay, ReplayService.Links links) {
        return new ReplayView(replay.sessionId(), replay.id().session() ? null : replay.id().id(), replay.stageId(),
                replay.title(), replay.from(), replay.to(), replay.durationSeconds(), replay.published(),
                replay.startOffsetSeconds(), replay.endOffsetSeconds(),
                List.of(Map.of("type", "hls", "url", links.hls())), links.chat(), timeline(replay));
    }

    static List<TimelinePoint> timeline(Replay replay) {
        List<TimelinePoint> points = new ArrayList<>(replay.pieces().size());
        long micros = 0;
        for (ReplayPiece piece : replay.pieces()) {
            points.add(new TimelinePoint(micros / 1e6, Instant.ofEpochMilli(piece.segments().get(0).wallClockMillis())));
            for (SegmentEntry segment : piece.segments()) {
                micros += segment.durationMicros();
            }
        }
        return points;
    }
}
