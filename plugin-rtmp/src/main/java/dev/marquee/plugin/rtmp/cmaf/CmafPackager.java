package dev.marquee.plugin.rtmp.cmaf;

import dev.marquee.plugin.rtmp.cmaf.box.AudioTrack;
import dev.marquee.plugin.rtmp.cmaf.box.VideoTrack;
import dev.marquee.plugin.rtmp.hls.Timeline;
import dev.marquee.plugin.rtmp.media.MediaPacket;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Packages one live stream's H.264 (or HEVC) and AAC into fragmented MP4: an init segment, then parts of at most
 * {@link CmafSettings#partTargetMillis()} grouped into segments, handed to a {@link CmafListener} as
 * they are finished.
 *
 * <p><b>Cutting.</b> Video and audio share each part (one {@code traf} per track). A video frame is
 * held until the next one arrives, which gives its duration; then it ends the open part if the part
 * would otherwise grow past the part target. Parts are cut by time only, so that every part but a
 * segment's last lasts at least 85% of the target (Apple's rule); a part is independent when it starts
 * with a keyframe, as every segment's first does. A keyframe on or after the next multiple of the segment target (on the stream's own
 * clock) starts a new segment; so does the first keyframe after a decoder configuration change or a
 * timestamp jump (marked as a discontinuity). With keyframes further apart than the segment target,
 * segments grow up to {@link CmafSettings#targetDurationSeconds()} and are then cut at a part boundary
 * without a keyframe (logged once); parts keep their target either way. Without video, AAC frames are
 * cut the same way by time. Audio is placed in the part whose time range holds it.
 *
 * <p><b>Time.</b> RTMP milliseconds become 90 kHz ticks for video and sample counts for audio
 * (1024 per AAC frame, resynchronised when the stream's timestamps stray by a frame or more). A
 * segment's program date time is the wall clock at which its first frame arrived, taken from the
 * least delayed packet seen so far so that a burst of cached packets does not skew it.
 *
 * <p><b>Threads.</b> {@link #accept}, {@link #discontinuity} and {@link #end} run on the publisher's
 * thread and are synchronized in case the end comes from another one; the listener is called within
 * them.
 */
public final class CmafPackager {

    private static final int AAC_FRAME = 1024;
    private static final int MAX_PENDING_AUDIO = 256;
    private static final long DEFAULT_FRAME_MILLIS = 40;
    private static final long LONGEST_FRAME_MILLIS = 1_000;

    private record Frame(long millis, int composition, int offset, boolean keyframe, byte[] body) {
    }

    private record AudioFrame(long millis, long ticks, byte[] body) {
    }

    private final PackagerLog log;
    private final CmafSettings settings;
    private final LongSupplier wallClock;
    private final CmafListener listener;
    private final SegmentBuilder segments;
    private final Timeline timeline = new Timeline();
    private final ArrayDeque<AudioFrame> pendingAudio = new ArrayDeque<>();
    private final Tracks tracks = new Tracks();
    private boolean discontinuityPending;
    private long rawBase = -1;
    private long clockOffset = Long.MAX_VALUE;
    private long audioNextTicks = -1;
    private Frame held;
    private long lastFrameMillis = DEFAULT_FRAME_MILLIS;
    private boolean ended;

    /**
     * @param streamName names the stream in log lines
     * @param wallClock epoch milliseconds now, for program date times
     */
    public CmafPackager(String streamName, CmafSettings settings, LongSupplier wallClock, CmafListener listener) {
        this.log = new PackagerLog(Objects.requireNonNull(streamName), settings);
        this.settings = Objects.requireNonNull(settings);
        this.wallClock = Objects.requireNonNull(wallClock);
        this.listener = Objects.requireNonNull(listener);
        this.segments = new SegmentBuilder(listener);
    }

    /** Adds the stream's next packet, in the order the publisher sent them. */
    public synchronized void accept(MediaPacket packet) {
        if (ended) {
            return;
        }
        try {
            switch (packet.kind()) {
                case VIDEO -> video(packet);
                case AUDIO -> audio(packet);
                case DATA -> { } // nothing of it goes into the fragments
            }
        } catch (IllegalArgumentException malformed) {
            log.skipped(packet, malformed.getMessage());
        }
    }

    /** The next packets come from a new publisher: their timestamps start a new run. */
    public synchronized void discontinuity() {
        timeline.restart();
    }

    /** Finishes the open part and segment and tells the listener the stream ended. Later packets are ignored. */
    public synchronized void end() {
        if (ended) {
            return;
        }
        flushHeld();
        flushAudio(Long.MAX_VALUE);
        segments.closeSegment();
        ended = true;
        listener.end();
    }

    private void video(MediaPacket packet) {
        byte[] body = packet.body();
        VideoPayload payload = VideoPayload.read(packet);
        if (payload == null) {
            if (!packet.isAvc()) {
                log.skipped(packet, "only H.264 and HEVC video are packaged");
            }
            return;
        }
        if (payload.config()) {
            VideoTrack track = TrackFormats.video(payload, body);
            if (tracks.differs(track)) {
                flushHeld(); // the held frame belongs to the old configuration
            }
            tracks.video(track);
            return;
        }
        VideoTrack track = tracks.video();
        if (track == null || !track.sampleEntry().equals(payload.sampleEntry())) {
            return; // frames before their configuration
        }
        Frame frame = new Frame(clock(packet), payload.composition(), payload.offset(), packet.isKeyframe(), body);
        if (held != null) {
            long duration = frame.millis() - held.millis();
            if (duration <= 0 || duration > LONGEST_FRAME_MILLIS) {
                duration = lastFrameMillis;
            }
            lastFrameMillis = duration;
            place(held, duration);
        }
        boundaryBefore(frame);
        held = frame;
    }

    /**
     * Closes the open part (or segment) as soon as the frame that starts the next one arrives, using the
     * last frame's duration as the estimate of the held one's, so that a part is out one frame after
     * its end. {@link #place} checks again with the real duration.
     */
    private void boundaryBefore(Frame next) {
        if (!segments.isOpen() || segments.partIsEmpty()) {
            return;
        }
        boolean changed = tracks.videoChanged() || tracks.audioChanged() || discontinuityPending;
        long estimateMicros = lastFrameMillis * 1000;
        if (next.keyframe() && (changed || gridCrossed(next.millis()))) {
            cut(next.millis(), true);
            startSegment(next.millis());
        } else if (tracks.videoChanged()) {
            return;
        } else if (segments.segmentMicros() + estimateMicros > settings.targetDurationSeconds() * 1_000_000L) {
            log.longGop();
            cut(next.millis(), true);
            startSegment(next.millis());
        } else if (segments.partMicros() + estimateMicros > settings.partTargetMillis() * 1000) {
            cut(next.millis(), false);
        }
    }

    private void place(Frame frame, long durationMillis) {
        boolean changed = tracks.videoChanged() || tracks.audioChanged() || discontinuityPending;
        if (!segments.isOpen() || (frame.keyframe() && (changed || gridCrossed(frame.millis())))) {
            if (!frame.keyframe()) {
                return; // a segment starts with a keyframe
            }
            cut(frame.millis(), true);
            startSegment(frame.millis());
        } else if (tracks.videoChanged()) {
            return; // frames of a new configuration wait for its keyframe
        } else if ((segments.segmentMicros() + durationMillis * 1000) > settings.targetDurationSeconds() * 1_000_000L) {
            log.longGop();
            cut(frame.millis(), true);
            startSegment(frame.millis());
        } else if (segments.partHasVideo()
                && segments.partMicros() + durationMillis * 1000 > settings.partTargetMillis() * 1000) {
            cut(frame.millis(), false);
        }
        int length = frame.body().length - frame.offset();
        segments.addVideo(frame.millis() * 90, (int) (durationMillis * 90), frame.composition() * 90, frame.keyframe(),
                frame.body(), frame.offset(), length);
    }

    private void audio(MediaPacket packet) {
        byte[] body = packet.body();
        if (!packet.isAac()) {
            log.skipped(packet, "only AAC audio is packaged");
            return;
        }
        if (body.length < TrackFormats.AAC_CONFIG_OFFSET) {
            return;
        }
        if (packet.isSequenceHeader()) {
            tracks.audio(TrackFormats.aac(body));
            return;
        }
        AudioTrack audio = tracks.audio();
        if (audio == null) {
            return;
        }
        long millis = clock(packet);
        long ticks = millis * audio.sampleRate() / 1000;
        if (audioNextTicks >= 0 && Math.abs(ticks - audioNextTicks) < AAC_FRAME) {
            ticks = audioNextTicks;
        }
        audioNextTicks = ticks + AAC_FRAME;
        AudioFrame frame = new AudioFrame(millis, ticks, body);
        if (tracks.video() != null) {
            if (!tracks.audioChanged()) {
                pendingAudio.addLast(frame);
                if (pendingAudio.size() > MAX_PENDING_AUDIO) {
                    pendingAudio.removeFirst(); // video stalled: keep the latest audio only
                }
            }
            return;
        }
        long frameMicros = AAC_FRAME * 1_000_000L / audio.sampleRate();
        if (!segments.isOpen() || tracks.audioChanged() || discontinuityPending || gridCrossed(millis)) {
            cut(millis, true);
            startSegment(millis);
        } else if (segments.partMicros() + frameMicros > settings.partTargetMillis() * 1000) {
            cut(millis, false);
        }
        addAudio(frame);
    }

    /** Closes the open part (and segment) at {@code boundaryMillis}, with the audio before it. */
    private void cut(long boundaryMillis, boolean segment) {
        if (!segments.isOpen()) {
            return;
        }
        flushAudio(boundaryMillis);
        if (segment) {
            segments.closeSegment();
        } else {
            segments.closePart();
        }
    }

    private void startSegment(long millis) {
        CmafInit init = tracks.nextInit();
        if (init != null) {
            if (tracks.audio() != null) {
                segments.audioRate(tracks.audio().sampleRate());
            }
            listener.init(init);
        }
        boolean discontinuity = segments.hasStarted() && (discontinuityPending || (init != null && init.version() > 0));
        discontinuityPending = false;
        while (!pendingAudio.isEmpty() && pendingAudio.peekFirst().millis() < millis) {
            pendingAudio.removeFirst();
        }
        long programDateTime = clockOffset == Long.MAX_VALUE ? wallClock.getAsLong() : clockOffset + millis;
        segments.open(millis, programDateTime, discontinuity, tracks.initVersion());
    }

    private void flushAudio(long beforeMillis) {
        while (!pendingAudio.isEmpty() && pendingAudio.peekFirst().millis() < beforeMillis) {
            AudioFrame frame = pendingAudio.removeFirst();
            if (segments.isOpen() && tracks.initHasAudio()) {
                addAudio(frame);
            }
        }
    }

    private void addAudio(AudioFrame frame) {
        if (!tracks.initHasAudio()) {
            return;
        }
        int length = frame.body().length - TrackFormats.AAC_CONFIG_OFFSET;
        segments.addAudio(frame.ticks(), AAC_FRAME, frame.body(), TrackFormats.AAC_CONFIG_OFFSET, length);
    }

    private void flushHeld() {
        if (held != null) {
            Frame last = held;
            held = null;
            place(last, lastFrameMillis);
        }
    }

    /** The packet's time on the stream's clock (the publisher's timestamps, unwrapped), noting jumps. */
    private long clock(MediaPacket packet) {
        long relative = timeline.toMillis(packet.timestamp());
        if (rawBase < 0) {
            rawBase = Integer.toUnsignedLong(packet.timestamp());
        }
        long millis = rawBase + relative;
        if (timeline.jumped()) {
            flushHeld();
            cut(millis, true);
            discontinuityPending = true;
            clockOffset = Long.MAX_VALUE;
            audioNextTicks = -1;
        }
        clockOffset = Math.min(clockOffset, wallClock.getAsLong() - millis);
        return millis;
    }

    private boolean gridCrossed(long millis) {
        long target = settings.segmentTargetMillis();
        return Math.floorDiv(millis, target) > Math.floorDiv(segments.startMillis(), target);
    }
}
