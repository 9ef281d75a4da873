package dev.marquee.platform.interfaces.rest.recording;

import dev.marquee.platform.application.recording.Replay;
import dev.marquee.platform.application.recording.ReplayService;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A replay and how to play it: {@code sources} (one signed VOD HLS playlist) and {@code chat} (the
 * address of the chat of that time with offsets, or null). {@code from} is replay time 0.
 */
public record ReplayView(Long sessionId, Long recordingId, long stageId, String title, Instant from, Instant to,
        long durationSeconds, boolean published, int startOffsetSeconds, int endOffsetSeconds,
        List<Map<String, String>> sources, String chat) {

    public static ReplayView of(Replay replay, ReplayService.Links links) {
        return new ReplayView(replay.sessionId(), replay.id().session() ? null : replay.id().id(), replay.stageId(),
                replay.title(), replay.from(), replay.to(), replay.durationSeconds(), replay.published(),
                replay.startOffsetSeconds(), replay.endOffsetSeconds(),
                List.of(Map.of("type", "hls", "url", links.hls())), links.chat());
    }
}
