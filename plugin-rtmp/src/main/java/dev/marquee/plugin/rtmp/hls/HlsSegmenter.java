package dev.marquee.plugin.rtmp.hls;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns one live stream's packets into an HLS live media playlist and MPEG-TS segments kept in
 * memory.
 *
 * <p><b>What is played.</b> Legacy-RTMP H.264 video and AAC audio. Other codecs (HEVC or AV1
 * over enhanced RTMP, MP3, Speex, ...) and script data such as {@code onMetaData} are skipped,
 * with one log line per stream; HTTP-FLV plays them. A stream with only video or only audio
 * works; a track whose sequence header arrives late joins at the next segment.
 *
 * <p><b>Segments.</b> The first segment starts at the first keyframe. A new one starts at a
 * keyframe once the current one lasts {@link HlsSettings#targetDurationMillis()} (by time on
 * audio frames when there is no video). A changed decoder configuration, a timestamp jump and
 * {@link #discontinuity()} start a new segment marked EXT-X-DISCONTINUITY. A segment reaching {@link HlsSettings#maxSegmentBytes()} or ten target
 * durations is cut without a keyframe and a warning is logged.
 *
 * <p><b>Threads.</b> {@link #accept}, {@link #discontinuity} and {@link #end} are meant for the
 * publisher's thread, and are synchronized in case the end comes from another one.
 * {@link #playlist} and {@link #segment} may be called from any thread at any time without
 * blocking: they read an immutable snapshot replaced whenever a segment is finished.
 */
public final class HlsSegmenter {

    private static final Logger LOG = Logger.getLogger(HlsSegmenter.class.getName());
    private static final int MAX_TARGET_DURATIONS_PER_SEGMENT = 10;
    private static final int AVC_SEQUENCE_HEADER = 0;
    private static final int AVC_NALU = 1;

    private final String streamName;
    private final HlsSettings settings;
    private final TsMuxer muxer = new TsMuxer();
    private final Timeline timeline = new Timeline();
    private final SegmentWindow window;
    private final IgnoredInput ignored;
    private volatile HlsWindow published;

    private boolean segmentOpen;
    private long segmentStartMillis;
    private boolean segmentDiscontinuity;
    private boolean discontinuityPending;
    private long clockMillis;
    private long clockStepMillis;
    private boolean forcedCutLogged;
    private boolean ended;

    /**
     * @param streamName names the stream in log lines
     */
    public HlsSegmenter(String streamName, HlsSettings settings) {
        this.streamName = Objects.requireNonNull(streamName);
        this.settings = Objects.requireNonNull(settings);
        this.window = new SegmentWindow(settings.windowSize(), settings.segmentUri());
        this.ignored = new IgnoredInput(streamName, LOG);
    }

    /** Adds the stream's next packet, in the order the publisher sent them. */
    public synchronized void accept(MediaPacket packet) {
        if (ended) {
            return;
        }
        try {
            switch (packet.kind()) {
                case VIDEO -> acceptVideo(packet);
                case AUDIO -> acceptAudio(packet);
                case DATA -> { } // onMetaData and the like: nothing for a transport stream
            }
        } catch (IllegalArgumentException malformed) {
            ignored.malformed(packet, malformed);
        }
    }

    /**
     * Announces that the next packets come from a new publisher: their timestamps start a new run
     * and the next segment is marked EXT-X-DISCONTINUITY.
     */
    public synchronized void discontinuity() {
        timeline.restart();
    }

    /** Finishes the open segment and marks the playlist EXT-X-ENDLIST. Later packets are ignored. */
    public synchronized void end() {
        if (ended) {
            return;
        }
        closeSegment(clockMillis + clockStepMillis);
        ended = true;
        published = window.snapshot(true);
    }

    /** The live media playlist with the configured segment URIs; empty until a segment is finished. */
    public Optional<String> playlist() {
        HlsWindow current = published;
        return current == null ? Optional.empty() : Optional.of(current.playlist());
    }

    /**
     * The playlist with segment URIs of the caller's making, for instance signed per viewer.
     *
     * @param segmentUri the URI for a media sequence number
     */
    public Optional<String> playlist(LongFunction<String> segmentUri) {
        HlsWindow current = published;
        return current == null ? Optional.empty() : Optional.of(MediaPlaylist.render(current, segmentUri));
    }

    /**
     * The bytes of a segment still in, or recently dropped from, the playlist. The array is shared
     * by every caller: write it to the response, never modify it.
     */
    public Optional<byte[]> segment(long sequence) {
        HlsWindow current = published;
        return current == null ? Optional.empty() : current.segment(sequence);
    }

    private void acceptVideo(MediaPacket packet) {
        if (!packet.isAvc()) {
            ignored.codec(packet);
            return;
        }
        byte[] body = packet.body();
        if (body.length < AvcAnnexB.NALU_OFFSET) {
            return;
        }
        if (body[1] == AVC_SEQUENCE_HEADER) {
            AvcDecoderConfig config = AvcDecoderConfig.parse(body, AvcAnnexB.NALU_OFFSET);
            AvcDecoderConfig previous = muxer.avcConfig();
            if (previous != null && !config.sameAs(previous)) {
                discontinuityPending = true;
            }
            muxer.avcConfig(config);
            return;
        }
        if (body[1] != AVC_NALU || muxer.avcConfig() == null) {
            return; // end of sequence, or frames before their configuration
        }
        long millis = timeline.toMillis(packet.timestamp());
        boolean keyframe = packet.isKeyframe();
        if (prepareSegment(millis, true, keyframe)) {
            muxer.writeVideo(body, millis, keyframe);
            advanceClock(millis, true);
        }
    }

    private void acceptAudio(MediaPacket packet) {
        if (!packet.isAac()) {
            ignored.codec(packet);
            return;
        }
        byte[] body = packet.body();
        if (body.length < AudioSpecificConfig.AAC_PAYLOAD_OFFSET) {
            return;
        }
        if (packet.isSequenceHeader()) {
            AudioSpecificConfig config = AudioSpecificConfig.parse(body, AudioSpecificConfig.AAC_PAYLOAD_OFFSET);
            if (muxer.aacConfig() != null && !config.equals(muxer.aacConfig())) {
                discontinuityPending = true;
            }
            muxer.aacConfig(config);
            return;
        }
        if (muxer.aacConfig() == null) {
            return;
        }
        long millis = timeline.toMillis(packet.timestamp());
        if (prepareSegment(millis, false, false)) {
            muxer.writeAudio(body, millis);
            advanceClock(millis, false);
        }
    }

    /** Opens or cuts segments as the frame at {@code millis} requires; false drops the frame. */
    private boolean prepareSegment(long millis, boolean video, boolean keyframe) {
        if (timeline.jumped()) {
            closeSegment(clockMillis + clockStepMillis);
            discontinuityPending = true;
        }
        boolean videoStream = muxer.avcConfig() != null;
        if (!segmentOpen) {
            if (videoStream && !keyframe) {
                return false;
            }
            openSegment(millis);
            return true;
        }
        long elapsed = millis - segmentStartMillis;
        boolean cut = videoStream
                ? keyframe && (elapsed >= settings.targetDurationMillis() || discontinuityPending
                        || !muxer.segmentHasVideo())
                : !video && (elapsed >= settings.targetDurationMillis() || discontinuityPending);
        if (!cut && elapsed > 0 && oversized(elapsed)) {
            cut = true;
        }
        if (cut) {
            closeSegment(millis);
            openSegment(millis);
        }
        return true;
    }

    private boolean oversized(long elapsed) {
        boolean tooLong = elapsed >= settings.targetDurationMillis() * MAX_TARGET_DURATIONS_PER_SEGMENT;
        boolean tooLarge = muxer.segmentSize() >= settings.maxSegmentBytes();
        if (!tooLong && !tooLarge) {
            return false;
        }
        Level level = forcedCutLogged ? Level.FINE : Level.WARNING;
        forcedCutLogged = true;
        LOG.log(level, () -> "HLS for stream " + streamName + ": no keyframe for " + elapsed + " ms ("
                + muxer.segmentSize() + " bytes); cutting a segment that will not start with one."
                + " Set the encoder's keyframe interval to " + settings.targetDurationMillis() + " ms.");
        return true;
    }

    private void openSegment(long millis) {
        muxer.startSegment();
        segmentOpen = true;
        segmentStartMillis = millis;
        segmentDiscontinuity = discontinuityPending && !window.isEmpty();
        discontinuityPending = false;
    }

    private void closeSegment(long endMillis) {
        if (!segmentOpen) {
            return;
        }
        segmentOpen = false;
        long duration = Math.max(0, endMillis - segmentStartMillis);
        window.add(muxer.finishSegment(), duration, segmentDiscontinuity, endMillis);
        published = window.snapshot(false);
    }

    /** Follows the track segments are timed by (video if any) to estimate the last frame's end. */
    private void advanceClock(long millis, boolean video) {
        if (video != (muxer.avcConfig() != null)) {
            return;
        }
        if (millis > clockMillis) {
            clockStepMillis = millis - clockMillis;
        }
        clockMillis = millis;
    }
}
