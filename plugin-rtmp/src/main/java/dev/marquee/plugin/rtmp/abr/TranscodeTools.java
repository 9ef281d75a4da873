package dev.marquee.plugin.rtmp.abr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Duration;

/**
 * The configured ffmpeg as the console needs it: whether it runs here with the ladder's encoder (asked again
 * at most once a minute per encoder) and the CPU estimate of a ladder ({@link CpuEstimate}).
 */
@ApplicationScoped
public class TranscodeTools {

    private static final long RECHECK_MILLIS = Duration.ofMinutes(1).toMillis();

    @Inject
    TranscodeConfig config;

    private FfmpegTool tool;
    private CpuEstimate estimate;
    private final java.util.Map<String, Checked> checked = new java.util.concurrent.ConcurrentHashMap<>();

    private record Checked(FfmpegTool.Availability availability, long at) {
    }

    @PostConstruct
    void init() {
        tool = new FfmpegTool(config.ffmpeg());
        estimate = new CpuEstimate(config.ffmpeg());
    }

    public FfmpegTool.Availability availability(String encoder) {
        long now = System.currentTimeMillis();
        Checked c = checked.get(encoder);
        if (c == null || now - c.at() > RECHECK_MILLIS) {
            c = new Checked(tool.check(encoder), now);
            checked.put(encoder, c);
        }
        return c.availability();
    }

    public CpuEstimate.Estimate estimate(Ladder ladder) throws IOException {
        return estimate.estimate(ladder);
    }
}
