package dev.marquee.platform.application.recording;

import dev.marquee.platform.domain.model.recording.SegmentEntry;

import java.util.List;

/**
 * The part of one recording a replay plays.
 *
 * @param recordingId the recording; its objects are under {@code {recordingId}/}
 * @param store the id of the store that holds them
 * @param segments its segments in the replay, in order (never empty)
 */
public record ReplayPiece(long recordingId, String store, List<SegmentEntry> segments) {

    public ReplayPiece {
        segments = List.copyOf(segments);
    }

    /** Whether the segment is one of the replay's. */
    public boolean has(long sequence) {
        return !segments.isEmpty() && sequence >= segments.get(0).sequence()
                && sequence <= segments.get(segments.size() - 1).sequence();
    }

    /** The replay's segment with that sequence number, or null. */
    public SegmentEntry segment(long sequence) {
        if (!has(sequence)) {
            return null;
        }
        int index = (int) (sequence - segments.get(0).sequence());
        if (index < segments.size() && segments.get(index).sequence() == sequence) {
            return segments.get(index);
        }
        for (SegmentEntry entry : segments) {
            if (entry.sequence() == sequence) {
                return entry;
            }
        }
        return null;
    }
}
