package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.media.IngestAudio;
import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.platform.spi.media.IngestSample;
import dev.marquee.platform.spi.media.IngestVideo;
import dev.marquee.platform.spi.media.IngestWarning;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The coach's view of one live stream: a subscriber of the stream that counts its packets on the
 * publisher's thread ({@link IngestCounters}), and, once a second on the coach's ticker ({@link #tick}),
 * the window of recent totals, the warnings and a health sample every {@value IngestHistory#EVERY_MILLIS} ms.
 * {@link #report} may be read from any thread.
 */
final class StreamAnalysis implements StreamSubscriber {

    private final long stageId;
    private final IngestCounters counters;
    private final LongSupplier clock;
    private final Supplier<Map<String, Object>> metadata;
    private final CoachSettings settings;
    private final IngestWindow window = new IngestWindow();
    private final IngestHistory history = new IngestHistory();
    private double peakFps;
    private double announcedFps = -1;
    private long nextSampleAt;
    private volatile IngestReport report;

    /**
     * @param clock epoch milliseconds
     * @param metadata the stream's latest {@code onMetaData} values
     */
    StreamAnalysis(long stageId, long startedAt, LongSupplier clock, Supplier<Map<String, Object>> metadata,
                   CoachSettings settings) {
        this.stageId = stageId;
        this.counters = new IngestCounters(startedAt);
        this.clock = clock;
        this.metadata = metadata;
        this.settings = settings;
        this.nextSampleAt = startedAt + IngestHistory.EVERY_MILLIS;
        this.report = new IngestReport(true, null, null, 0, List.of(), List.of());
    }

    long stageId() {
        return stageId;
    }

    @Override
    public void accept(MediaPacket packet) {
        counters.accept(packet, clock.getAsLong());
    }

    @Override
    public void end() {
        // the coach drops the analysis when the stream stops
    }

    /** Measures the stream as of now; answers the new report. Called by one thread at a time. */
    IngestReport tick() {
        long now = clock.getAsLong();
        Announced announced = Announced.of(metadata.get());
        if (announced.fps() != announcedFps) {
            announcedFps = announced.fps();
            counters.announcedFrameRate(announcedFps);
        }
        IngestTotals totals = counters.snapshot(now);
        window.add(totals);
        double fps = window.perSecond(EncoderRules.FPS_WINDOW_MILLIS, IngestTotals::videoFrames);
        if (window.covered(EncoderRules.FPS_WINDOW_MILLIS) >= EncoderRules.FPS_WINDOW_MILLIS - 1000) {
            peakFps = Math.max(peakFps, fps);
        }
        double nominal = announced.fps() > 0 ? announced.fps() : peakFps;
        List<IngestWarning> warnings = EncoderRules.evaluate(window, announced, nominal, settings);
        if (now >= nextSampleAt) {
            history.add(new IngestSample(Instant.ofEpochMilli(now),
                    Math.round(window.perSecond(IngestHistory.EVERY_MILLIS, IngestTotals::bytes) * 8),
                    round(window.perSecond(IngestHistory.EVERY_MILLIS, IngestTotals::videoFrames)),
                    window.growth(IngestHistory.EVERY_MILLIS, IngestTotals::dropped)));
            nextSampleAt = now + IngestHistory.EVERY_MILLIS;
        }
        report = new IngestReport(true, video(totals, announced, fps), audio(totals),
                Math.round(window.perSecond(EncoderRules.FPS_WINDOW_MILLIS, IngestTotals::bytes) * 8),
                warnings, history.samples());
        return report;
    }

    IngestReport report() {
        return report;
    }

    private IngestVideo video(IngestTotals t, Announced announced, double fps) {
        if (t.videoFrames() == 0) {
            return null;
        }
        int interval = t.keyframeInterval();
        Double keyframes = t.lastGop() >= 0 || interval > settings.keyframeLimitMillis() ? interval / 1000.0 : null;
        return new IngestVideo(CodecNames.video(t.videoCodec()), announced.width(), announced.height(), round(fps),
                keyframes, Math.round(window.perSecond(EncoderRules.FPS_WINDOW_MILLIS, IngestTotals::videoBytes) * 8),
                window.growth(EncoderRules.BITRATE_WINDOW_MILLIS, IngestTotals::reordered) > 0);
    }

    private IngestAudio audio(IngestTotals t) {
        if (t.audioFrames() == 0) {
            return null;
        }
        return new IngestAudio(CodecNames.audio(t.audioCodec()), t.sampleRate(), t.channels(),
                Math.round(window.perSecond(EncoderRules.FPS_WINDOW_MILLIS, IngestTotals::audioBytes) * 8));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
