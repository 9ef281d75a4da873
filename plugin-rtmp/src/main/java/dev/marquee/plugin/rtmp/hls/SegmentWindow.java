package dev.marquee.plugin.rtmp.hls;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The publisher-side bookkeeping behind the {@link HlsWindow} snapshots: the last N finished
 * segments, the ones that left the playlist but must stay downloadable for their own duration
 * plus the playlist's (RFC 8216, 6.2.2), the discontinuity sequence number (one more for each
 * discontinuity that left the playlist), and the target duration, which is the ceiling of the
 * longest segment so far and therefore never decreases. Not thread safe.
 */
final class SegmentWindow {

    private record Retired(HlsSegment segment, long availableUntilMillis) {
    }

    private final int size;
    private final LongFunction<String> segmentUri;
    private final ArrayDeque<HlsSegment> listed = new ArrayDeque<>();
    private final ArrayDeque<Retired> retired = new ArrayDeque<>();
    private long nextSequence;
    private long discontinuitySequence;
    private long longestMillis;

    SegmentWindow(int size, LongFunction<String> segmentUri) {
        this.size = size;
        this.segmentUri = segmentUri;
    }

    /** Whether a segment has been finished yet (a discontinuity before the first one is moot). */
    boolean isEmpty() {
        return nextSequence == 0;
    }

    /**
     * Adds a finished segment, slides the window and forgets retired segments whose grace period
     * has passed.
     *
     * @param nowMillis the stream timeline at the end of the segment
     */
    void add(byte[] bytes, long durationMillis, boolean discontinuity, long nowMillis) {
        listed.addLast(new HlsSegment(nextSequence++, durationMillis, discontinuity, bytes));
        longestMillis = Math.max(longestMillis, durationMillis);
        long playlistMillis = 0;
        for (HlsSegment segment : listed) {
            playlistMillis += segment.durationMillis();
        }
        while (listed.size() > size) {
            HlsSegment oldest = listed.removeFirst();
            if (oldest.discontinuity()) {
                discontinuitySequence++;
            }
            retired.addLast(new Retired(oldest, nowMillis + oldest.durationMillis() + playlistMillis));
        }
        while (!retired.isEmpty() && retired.peekFirst().availableUntilMillis() <= nowMillis) {
            retired.removeFirst();
        }
    }

    /** The state to publish, or null before the first segment is finished. */
    HlsWindow snapshot(boolean ended) {
        if (listed.isEmpty()) {
            return null;
        }
        List<HlsSegment> available = new ArrayList<>(retired.size() + listed.size());
        for (Retired old : retired) {
            available.add(old.segment());
        }
        available.addAll(listed);
        return new HlsWindow(available, retired.size(), discontinuitySequence,
                MediaPlaylist.ceilSeconds(longestMillis), ended, segmentUri);
    }
}
