package dev.marquee.platform.spi.recording;

import java.util.List;

/**
 * One recording being written: init segments and media segments as the packager makes them.
 *
 * <p><b>Threads.</b> Calls come from the stream's media thread, one at a time and in order, and return
 * at once: the writing happens on core's own threads, from a bounded queue. The byte arrays passed in
 * are kept, not copied, until written: never change them afterwards. A recording that cannot keep up
 * or whose store fails stops and is marked failed; the calls keep returning, and the stream is never
 * slowed.
 *
 * @since 0.1.0
 */
public interface RecordingWriter {

    /**
     * A fragmented MP4 init segment ({@code ftyp}+{@code moov}); segments name the version they need.
     *
     * @param version counts the stream's init segments from 0
     * @param codecs RFC 6381 codec strings, comma separated
     */
    void init(int version, byte[] bytes, String codecs, int width, int height);

    /**
     * A complete media segment, starting with a keyframe.
     *
     * @param sequence increases by one per segment
     * @param wallClockMillis when its first frame reached the server (epoch milliseconds): replays are cut
     *     by it, and chat is put in sync by it
     * @param durationMicros its duration
     * @param discontinuity whether its timestamps do not follow on from the previous segment's
     * @param initVersion the init segment it needs
     * @param parts its bytes: the chunks back to back
     */
    void segment(long sequence, long wallClockMillis, long durationMicros, boolean discontinuity, int initVersion,
            List<byte[]> parts);

    /** The stream ended: the recording is complete once what is queued is written. */
    void end();
}
