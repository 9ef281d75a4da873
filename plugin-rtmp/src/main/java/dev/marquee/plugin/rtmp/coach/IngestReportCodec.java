package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.cluster.ValueFormat;
import dev.marquee.platform.spi.media.IngestAudio;
import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.platform.spi.media.IngestSample;
import dev.marquee.platform.spi.media.IngestVideo;
import dev.marquee.platform.spi.media.IngestWarning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid format of an {@link IngestReport} (about 2 KB with a full history): each field in turn,
 * a presence byte before the optional tracks, counts before the lists (bounded when read).
 */
final class IngestReportCodec implements ValueFormat<IngestReport> {

    private static final int MAX_ITEMS = 256;

    @Override
    public void write(IngestReport r, DataOutputStream out) throws IOException {
        out.writeBoolean(r.live());
        out.writeBoolean(r.video() != null);
        if (r.video() != null) {
            IngestVideo v = r.video();
            out.writeUTF(v.codec());
            out.writeInt(v.width());
            out.writeInt(v.height());
            out.writeDouble(v.fps());
            out.writeDouble(v.keyframeInterval() == null ? -1 : v.keyframeInterval());
            out.writeLong(v.bitrate());
            out.writeBoolean(v.bFrames());
        }
        out.writeBoolean(r.audio() != null);
        if (r.audio() != null) {
            IngestAudio a = r.audio();
            out.writeUTF(a.codec());
            out.writeInt(a.sampleRate());
            out.writeInt(a.channels());
            out.writeLong(a.bitrate());
        }
        out.writeLong(r.bitrate());
        out.writeInt(r.warnings().size());
        for (IngestWarning w : r.warnings()) {
            out.writeUTF(w.code());
            out.writeUTF(w.message());
            out.writeUTF(w.fix());
        }
        out.writeInt(r.history().size());
        for (IngestSample s : r.history()) {
            out.writeLong(s.at().toEpochMilli());
            out.writeLong(s.bitrate());
            out.writeDouble(s.fps());
            out.writeLong(s.dropped());
        }
    }

    @Override
    public IngestReport read(DataInputStream in) throws IOException {
        boolean live = in.readBoolean();
        IngestVideo video = null;
        if (in.readBoolean()) {
            String codec = in.readUTF();
            int width = in.readInt();
            int height = in.readInt();
            double fps = in.readDouble();
            double keyframes = in.readDouble();
            video = new IngestVideo(codec, width, height, fps, keyframes < 0 ? null : keyframes, in.readLong(),
                    in.readBoolean());
        }
        IngestAudio audio = in.readBoolean()
                ? new IngestAudio(in.readUTF(), in.readInt(), in.readInt(), in.readLong()) : null;
        long bitrate = in.readLong();
        int count = count(in);
        List<IngestWarning> warnings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            warnings.add(new IngestWarning(in.readUTF(), in.readUTF(), in.readUTF()));
        }
        count = count(in);
        List<IngestSample> history = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            history.add(new IngestSample(Instant.ofEpochMilli(in.readLong()), in.readLong(), in.readDouble(),
                    in.readLong()));
        }
        return new IngestReport(live, video, audio, bitrate, warnings, history);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("Bad count " + count);
        }
        return count;
    }
}
