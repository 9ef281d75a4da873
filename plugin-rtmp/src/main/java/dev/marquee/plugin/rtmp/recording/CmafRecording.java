package dev.marquee.plugin.rtmp.recording;

import dev.marquee.platform.spi.recording.RecordingWriter;
import dev.marquee.plugin.rtmp.cmaf.CmafInit;
import dev.marquee.plugin.rtmp.cmaf.CmafListener;
import dev.marquee.plugin.rtmp.cmaf.CmafPart;
import dev.marquee.plugin.rtmp.cmaf.CmafSegment;
import dev.marquee.plugin.rtmp.cmaf.CmafSegmentStart;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands a packager's init segments and finished segments to a {@link RecordingWriter}: the parts'
 * byte arrays as they are (the LL-HLS window holds the same ones), no copy. A segment is handed over
 * once complete, so a crash loses at most the segment being made.
 */
public final class CmafRecording implements CmafListener {

    private final RecordingWriter writer;

    public CmafRecording(RecordingWriter writer) {
        this.writer = writer;
    }

    @Override
    public void init(CmafInit init) {
        writer.init(init.version(), init.bytes(), init.codecs(), init.width(), init.height());
    }

    @Override
    public void part(CmafPart part, CmafSegmentStart segment) {
        // recorded whole, in segment()
    }

    @Override
    public void segment(CmafSegment segment) {
        List<byte[]> parts = new ArrayList<>(segment.parts().size());
        for (CmafPart part : segment.parts()) {
            parts.add(part.bytes());
        }
        writer.segment(segment.sequence(), segment.programDateTimeMillis(), segment.durationMicros(),
                segment.discontinuity(), segment.initVersion(), parts);
    }

    @Override
    public void end() {
        writer.end();
    }
}
