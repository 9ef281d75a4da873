package dev.marquee.plugin.rtmp.llhls;

import dev.marquee.plugin.rtmp.cmaf.CmafInit;
import dev.marquee.plugin.rtmp.cmaf.CmafPart;
import dev.marquee.plugin.rtmp.cmaf.CmafSegment;
import dev.marquee.plugin.rtmp.cmaf.CmafSegmentStart;
import dev.marquee.plugin.rtmp.cmaf.CmafSettings;

import java.util.List;
import java.util.Optional;

/**
 * An immutable picture of a stream's LL-HLS state, replaced as a whole each time a part is finished,
 * so request threads read it without locks: the init segments, the finished segments still available
 * (those that left the playlist first, then those it lists), the parts of the segment being built,
 * and the playlist text, rendered once on first use.
 */
public final class LlHlsSnapshot {

    private final String stream;
    private final CmafSettings settings;
    private final List<CmafInit> inits;
    private final List<CmafSegment> segments;
    private final int firstListed;
    private final CmafSegmentStart open;
    private final List<CmafPart> openParts;
    private final long discontinuitySequence;
    private final boolean ended;
    private volatile String playlist;
    private volatile byte[] playlistBytes;

    LlHlsSnapshot(String stream, CmafSettings settings, List<CmafInit> inits, List<CmafSegment> segments,
            int firstListed, CmafSegmentStart open, List<CmafPart> openParts, long discontinuitySequence,
            boolean ended) {
        this.stream = stream;
        this.settings = settings;
        this.inits = List.copyOf(inits);
        this.segments = List.copyOf(segments);
        this.firstListed = firstListed;
        this.open = open;
        this.openParts = List.copyOf(openParts);
        this.discontinuitySequence = discontinuitySequence;
        this.ended = ended;
    }

    public String stream() {
        return stream;
    }

    public CmafSettings settings() {
        return settings;
    }

    public boolean ended() {
        return ended;
    }

    List<CmafSegment> listed() {
        return segments.subList(firstListed, segments.size());
    }

    /** The segment being built (null between a segment's end and the next one's first part). */
    CmafSegmentStart open() {
        return open;
    }

    List<CmafPart> openParts() {
        return openParts;
    }

    long discontinuitySequence() {
        return discontinuitySequence;
    }

    /** The newest init segment. */
    public CmafInit init() {
        return inits.get(inits.size() - 1);
    }

    public Optional<CmafInit> init(int version) {
        return inits.stream().filter(i -> i.version() == version).findFirst();
    }

    /** The media sequence number of the newest finished segment, -1 before the first. */
    public long lastFinished() {
        return segments.isEmpty() ? -1 : segments.get(segments.size() - 1).sequence();
    }

    /** Where the next part will go: {segment, part index}. What the preload hint names. */
    public long[] next() {
        return open != null ? new long[] {open.sequence(), openParts.size()} : new long[] {lastFinished() + 1, 0};
    }

    /** The media sequence number of the newest segment the playlist shows (finished or being built). */
    public long lastListed() {
        return open != null ? open.sequence() : lastFinished();
    }

    /**
     * Whether a playlist of this state answers a blocking request for segment {@code msn} (part
     * {@code part}, or -1 for the whole segment): it holds that part, or that segment finished, or a later one.
     */
    public boolean reached(long msn, int part) {
        if (ended || lastFinished() >= msn) {
            return true;
        }
        return part >= 0 && open != null && (open.sequence() > msn || (open.sequence() == msn && openParts.size() > part));
    }

    /**
     * How many parts beyond the newest a blocking request may ask for (RFC 8216bis 6.2.5.2): three
     * seconds' worth when parts are shorter than a second, else three.
     */
    public int advancePartLimit() {
        return settings.partTargetMillis() < 1000 ? (int) (3000 / settings.partTargetMillis()) : 3;
    }

    /** Whether a blocking request asks for more than this stream could produce soon: answered 400. */
    public boolean tooFar(long msn, int part) {
        if (msn > lastListed() + 2) {
            return true;
        }
        long[] next = next();
        return part >= 0 && msn == next[0] && part > next[1] + advancePartLimit();
    }

    /** Whether a part not available yet may still come soon (the preload hint, or a few parts after it). */
    public boolean mayProduce(long msn, int part) {
        if (ended) {
            return false;
        }
        long[] next = next();
        int limit = advancePartLimit();
        return (msn == next[0] && part >= next[1] && part <= next[1] + limit) || (msn == next[0] + 1 && part <= limit);
    }

    public Optional<CmafPart> part(long msn, int index) {
        if (open != null && open.sequence() == msn) {
            return index < openParts.size() ? Optional.of(openParts.get(index)) : Optional.empty();
        }
        return segment(msn).filter(s -> index < s.parts().size()).map(s -> s.parts().get(index));
    }

    public Optional<CmafSegment> segment(long msn) {
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        long index = msn - segments.get(0).sequence();
        return index < 0 || index >= segments.size() ? Optional.empty() : Optional.of(segments.get((int) index));
    }

    /** The media playlist text, the same for every viewer (addresses are relative). */
    public String playlist() {
        String text = playlist;
        if (text == null) {
            text = MediaPlaylistWriter.render(this);
            playlist = text;
        }
        return text;
    }

    /** {@link #playlist()} as UTF-8, encoded once: every viewer's blocking reload is answered with it. */
    public byte[] playlistBytes() {
        byte[] bytes = playlistBytes;
        if (bytes == null) {
            bytes = playlist().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            playlistBytes = bytes;
        }
        return bytes;
    }

    /** Bits per second of the listed media, for the multivariant playlist's BANDWIDTH (its peak segment). */
    public long bandwidth() {
        long peak = 0;
        for (CmafSegment segment : listed()) {
            if (segment.durationMicros() > 0) {
                peak = Math.max(peak, segment.size() * 8_000_000 / segment.durationMicros());
            }
        }
        long openBytes = 0;
        long openMicros = 0;
        for (CmafPart part : openParts) {
            openBytes += part.bytes().length;
            openMicros += part.durationMicros();
        }
        if (openMicros > 0) {
            peak = Math.max(peak, openBytes * 8_000_000 / openMicros);
        }
        return Math.max(peak, 1);
    }
}
