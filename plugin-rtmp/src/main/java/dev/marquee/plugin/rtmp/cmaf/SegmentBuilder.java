package dev.marquee.plugin.rtmp.cmaf;

import dev.marquee.plugin.rtmp.cmaf.box.AudioTrack;
import dev.marquee.plugin.rtmp.cmaf.box.BoxBuffer;
import dev.marquee.plugin.rtmp.cmaf.box.MovieFragment;
import dev.marquee.plugin.rtmp.cmaf.box.TrackRun;
import dev.marquee.plugin.rtmp.cmaf.box.VideoTrack;

import java.util.ArrayList;
import java.util.List;

/**
 * The segment and part being built: collects samples into one run per track, turns them into a
 * movie fragment when the packager closes the part, and hands parts and segments to the listener.
 * Media sequence numbers count segments from 0; fragment sequence numbers count parts from 1 over the
 * whole stream, so the stream's segments concatenated are one valid fragmented file. Buffers are
 * reused from part to part. Not thread safe.
 */
final class SegmentBuilder {

    private final CmafListener listener;
    private final BoxBuffer buffer = new BoxBuffer(256 * 1024);
    private final TrackRun video = new TrackRun(VideoTrack.TRACK_ID);
    private final TrackRun audio = new TrackRun(AudioTrack.TRACK_ID);
    private final List<CmafPart> parts = new ArrayList<>();
    private long fragmentSequence;
    private long nextSequence;
    private int audioRate = 1;
    private CmafSegmentStart current;
    private long closedPartsMicros;

    SegmentBuilder(CmafListener listener) {
        this.listener = listener;
    }

    boolean isOpen() {
        return current != null;
    }

    /** Whether any segment was opened yet (a discontinuity before the first one means nothing). */
    boolean hasStarted() {
        return nextSequence > 0 || current != null;
    }

    long startMillis() {
        return current.startMillis();
    }

    void audioRate(int rate) {
        this.audioRate = rate;
    }

    void open(long startMillis, long programDateTimeMillis, boolean discontinuity, int initVersion) {
        current = new CmafSegmentStart(nextSequence, startMillis, programDateTimeMillis, discontinuity, initVersion);
        parts.clear();
        closedPartsMicros = 0;
    }

    /** A video frame; times in 90 kHz ticks. */
    void addVideo(long decodeTicks, int durationTicks, int compositionTicks, boolean keyframe, byte[] body, int offset,
            int length) {
        video.add(decodeTicks, durationTicks, compositionTicks, keyframe, body, offset, length);
    }

    /** An AAC frame; times in the track's sample rate. */
    void addAudio(long decodeTicks, int durationTicks, byte[] body, int offset, int length) {
        audio.add(decodeTicks, durationTicks, 0, true, body, offset, length);
    }

    boolean partIsEmpty() {
        return video.isEmpty() && audio.isEmpty();
    }

    boolean partHasVideo() {
        return !video.isEmpty();
    }

    /** How long the open part plays: its video, or its audio when it has no video. */
    long partMicros() {
        return !video.isEmpty() ? video.duration() * 100 / 9 : audio.duration() * 1_000_000 / audioRate;
    }

    /** How long the open segment plays so far, its open part included. */
    long segmentMicros() {
        return closedPartsMicros + partMicros();
    }

    /** Writes the open part's samples as a fragment and hands it on; nothing when it has none. */
    void closePart() {
        if (current == null || partIsEmpty()) {
            return;
        }
        long micros = partMicros();
        boolean independent = video.isEmpty() || video.startsWithSync();
        MovieFragment.write(buffer, ++fragmentSequence, video, audio);
        CmafPart part = new CmafPart(current.sequence(), parts.size(), micros, independent, buffer.toByteArray());
        video.clear();
        audio.clear();
        parts.add(part);
        closedPartsMicros += micros;
        listener.part(part, current);
    }

    /** Closes the open part and the segment; a segment without parts is dropped, its number unused. */
    void closeSegment() {
        if (current == null) {
            return;
        }
        closePart();
        CmafSegmentStart start = current;
        current = null;
        if (parts.isEmpty()) {
            return;
        }
        nextSequence++;
        listener.segment(new CmafSegment(start.sequence(), start.startMillis(), start.programDateTimeMillis(),
                start.discontinuity(), start.initVersion(), parts));
    }
}
