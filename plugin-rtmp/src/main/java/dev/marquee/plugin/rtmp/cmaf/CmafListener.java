package dev.marquee.plugin.rtmp.cmaf;

/**
 * Receives a packager's output as it is made: an init segment before the first segment that needs it,
 * each part as soon as it is complete, each segment once its last part is, and the end. The LL-HLS
 * window keeps a sliding window of them in memory; a recorder can write {@link CmafInit#bytes()} and
 * then each segment's parts to storage as they are, and gets a playable fragmented MP4.
 *
 * <p><b>Threads.</b> Called on the publisher's thread (a Netty event loop or an edge's pulling
 * thread), one call at a time, in order: an implementation must not block. It may keep the byte arrays,
 * which are never written again.
 */
public interface CmafListener {

    /** A new init segment; the segments that follow need it. */
    void init(CmafInit init);

    /** A part of the segment {@link CmafPart#sequence()}, complete. */
    void part(CmafPart part, CmafSegmentStart segment);

    /** The segment is complete: every one of its parts was given to {@link #part}. */
    void segment(CmafSegment segment);

    /** The stream ended; nothing follows. */
    void end();
}
