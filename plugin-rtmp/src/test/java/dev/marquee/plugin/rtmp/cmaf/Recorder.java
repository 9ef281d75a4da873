package dev.marquee.plugin.rtmp.cmaf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything a packager hands out, with the time each part came. */
public final class Recorder implements CmafListener {

    public record TimedPart(CmafPart part, CmafSegmentStart segment, long nanos) {
    }

    public final List<CmafInit> inits = new CopyOnWriteArrayList<>();
    public final List<TimedPart> parts = new CopyOnWriteArrayList<>();
    public final List<CmafSegment> segments = new CopyOnWriteArrayList<>();
    public volatile boolean ended;

    @Override
    public void init(CmafInit init) {
        inits.add(init);
    }

    @Override
    public void part(CmafPart part, CmafSegmentStart segment) {
        parts.add(new TimedPart(part, segment, System.nanoTime()));
    }

    @Override
    public void segment(CmafSegment segment) {
        segments.add(segment);
    }

    @Override
    public void end() {
        ended = true;
    }

    /** The init segment then every segment's parts: a fragmented MP4 file, as a recorder would write it. */
    byte[] file() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(inits.get(0).bytes());
        for (CmafSegment segment : segments) {
            segment.parts().forEach(p -> out.writeBytes(p.bytes()));
        }
        return out.toByteArray();
    }
}
