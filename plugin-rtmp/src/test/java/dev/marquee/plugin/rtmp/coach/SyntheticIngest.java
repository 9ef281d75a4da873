package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.MediaPacket.Kind;

import java.util.HashMap;
import java.util.Map;

/**
 * A stream made of hand-made FLV tags, fed to a {@link StreamAnalysis} in real time on a fake clock (the
 * clock follows the media, one millisecond at a time), with the coach's tick every second.
 */
final class SyntheticIngest {

    static final long START = 1_700_000_000_000L;

    final Map<String, Object> metadata = new HashMap<>();
    final StreamAnalysis analysis;
    private long now = START;
    private int elapsed;

    // what the encoder does; tests change these between runs
    int fps = 25;
    int gopMillis = 2000;
    boolean video = true;
    boolean audio = true;
    int sampleRateIndex = 3; // 48 kHz
    int channels = 2;
    int frameBytes = 4000; // 25 fps: 800 kbit/s
    boolean bFrames;
    int deliverEvery = 1; // 2: every other frame is missing (dropped)
    int timestampShift; // added to every timestamp from now on

    private int frame;
    private double nextVideo;
    private double nextAudio;
    private boolean headers;

    SyntheticIngest(CoachSettings settings) {
        metadata.put("width", 640.0);
        metadata.put("height", 360.0);
        metadata.put("framerate", 25.0);
        analysis = new StreamAnalysis(7, START, () -> now, () -> metadata, settings);
    }

    /** Plays {@code millis} more of the stream; answers the report of the latest tick. */
    IngestReport play(int millis) {
        IngestReport report = analysis.report();
        if (!headers) {
            headers = true;
            if (video) {
                send(new MediaPacket(Kind.VIDEO, 0, new byte[] {0x17, 0, 0, 0, 0, 1, 0x64, 0, 0x1f}));
            }
            if (audio) {
                send(new MediaPacket(Kind.AUDIO, 0, aacConfig(sampleRateIndex, channels)));
            }
        }
        for (int end = elapsed + millis; elapsed < end; elapsed++) {
            now = START + elapsed;
            double frameMillis = 1000.0 / fps;
            if (video && elapsed >= nextVideo) {
                int index = frame++;
                if (index % deliverEvery == 0) {
                    send(videoFrame(index, frameMillis));
                }
                nextVideo += frameMillis;
            }
            if (audio && elapsed >= nextAudio) {
                byte[] body = new byte[200];
                body[0] = (byte) 0xaf;
                body[1] = 1;
                send(new MediaPacket(Kind.AUDIO, elapsed + timestampShift, body));
                nextAudio += 1024 * 1000.0 / 48_000;
            }
            if (elapsed > 0 && elapsed % 1000 == 0) {
                report = analysis.tick();
            }
        }
        return report;
    }

    private MediaPacket videoFrame(int index, double frameMillis) {
        int dts = (int) Math.round(index * frameMillis) + timestampShift;
        int framesPerGop = (int) Math.round(gopMillis / frameMillis);
        boolean key = index % framesPerGop == 0;
        int composition = 0;
        if (bFrames) {
            // decode order I0 P3 B1 B2 P6 B4 B5 ...: composition shifts presentation one frame later
            int n = index % framesPerGop;
            int presented = n == 0 ? 0 : (n - 1) / 3 * 3 + new int[] {3, 1, 2}[(n - 1) % 3];
            composition = (int) Math.round((presented - n + 1) * frameMillis);
        }
        byte[] body = new byte[frameBytes];
        body[0] = (byte) (key ? 0x17 : 0x27);
        body[1] = 1;
        body[2] = (byte) (composition >> 16);
        body[3] = (byte) (composition >> 8);
        body[4] = (byte) composition;
        return new MediaPacket(Kind.VIDEO, dts, body);
    }

    /** An AAC sequence header: AAC LC, the sampling frequency index, the channel configuration. */
    static byte[] aacConfig(int rateIndex, int channels) {
        int bits = (2 << 11) | (rateIndex << 7) | (channels << 3);
        return new byte[] {(byte) 0xaf, 0, (byte) (bits >> 8), (byte) bits};
    }

    private void send(MediaPacket packet) {
        analysis.accept(packet);
    }
}
