package dev.marquee.plugin.rtmp.hls;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * An immutable picture of a stream's HLS state, replaced as a whole each time a segment is
 * finished, so request threads read it without locks. It holds the segments the playlist lists
 * and, before them, those recently dropped from the playlist that must stay downloadable for a
 * while (RFC 8216, 6.2.2); sequence numbers are consecutive across both.
 */
final class HlsWindow {

    private final List<HlsSegment> available;
    private final int firstListed;
    private final long discontinuitySequence;
    private final int targetDurationSeconds;
    private final boolean ended;
    private final String playlist;

    /**
     * @param available retired then listed segments, in sequence order, at least one listed
     * @param firstListed index in {@code available} of the playlist's first segment
     * @param defaultUri segment naming for the cached {@link #playlist()} text
     */
    HlsWindow(List<HlsSegment> available, int firstListed, long discontinuitySequence,
            int targetDurationSeconds, boolean ended, LongFunction<String> defaultUri) {
        if (firstListed >= available.size()) {
            throw new IllegalArgumentException("a playlist needs at least one segment");
        }
        this.available = List.copyOf(available);
        this.firstListed = firstListed;
        this.discontinuitySequence = discontinuitySequence;
        this.targetDurationSeconds = targetDurationSeconds;
        this.ended = ended;
        this.playlist = MediaPlaylist.render(this, defaultUri);
    }

    List<HlsSegment> listed() {
        return available.subList(firstListed, available.size());
    }

    long discontinuitySequence() {
        return discontinuitySequence;
    }

    int targetDurationSeconds() {
        return targetDurationSeconds;
    }

    boolean ended() {
        return ended;
    }

    /** The playlist text with the configured segment URIs, rendered once per window. */
    String playlist() {
        return playlist;
    }

    Optional<byte[]> segment(long sequence) {
        long index = sequence - available.get(0).sequence();
        if (index < 0 || index >= available.size()) {
            return Optional.empty();
        }
        return Optional.of(available.get((int) index).bytes());
    }
}
