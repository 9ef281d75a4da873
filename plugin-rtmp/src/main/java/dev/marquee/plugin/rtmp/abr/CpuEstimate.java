package dev.marquee.plugin.rtmp.abr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a ladder would cost in CPU, measured on this machine before it is switched on. A reference clip
 * ({@value #REFERENCE}, {@value #CLIP_SECONDS} s of H.264 + AAC, made once by ffmpeg from its test pattern) is
 * transcoded by ffmpeg once per rendition with the rendition's exact settings, and once only decoded; ffmpeg's
 * own {@code -benchmark} count of user + system CPU seconds is read from each run. A rendition's cost is
 * (its run − the decoding run) ÷ the clip's length, in percent of one core: what the rendition adds to a
 * transcoder that decodes the source once for all renditions. The decoding cost is given on its own. Runs
 * one at a time (a second request waits), results kept per rendition settings for the life of the instance.
 * A hardware encoder's own work is on its device and not in these numbers.
 */
public final class CpuEstimate {

    public static final String REFERENCE = "1920x1080 30 fps";
    static final int CLIP_SECONDS = 4;
    private static final Pattern BENCH = Pattern.compile("bench: utime=([0-9.]+)s stime=([0-9.]+)s");

    /** A rendition's estimated cost in percent of one core. */
    public record Cost(String rendition, double cpuPercent) {
    }

    /** The ladder's estimate: per rendition, the source's decoding, and the total. */
    public record Estimate(List<Cost> renditions, double decodePercent, double totalPercent, String reference) {
    }

    private final String ffmpeg;
    private final Map<String, Double> known = new HashMap<>();
    private Path clip;
    private Double decodeSeconds;

    public CpuEstimate(String ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    public synchronized Estimate estimate(Ladder ladder) throws IOException {
        Path source = clip();
        if (decodeSeconds == null) {
            decodeSeconds = cpuSeconds(List.of(ffmpeg, "-hide_banner", "-nostdin", "-benchmark", "-i", source.toString(),
                    "-f", "null", "-"));
        }
        List<Cost> costs = new ArrayList<>();
        double total = decodeSeconds;
        for (Rendition r : ladder.renditions()) {
            String id = r.height() + ":" + r.videoKbps() + ":" + r.audioKbps() + ":" + ladder.encoder() + ":" + ladder.preset();
            Double seconds = known.get(id);
            if (seconds == null) {
                seconds = cpuSeconds(renditionRun(source, ladder, r));
                known.put(id, seconds);
            }
            double extra = Math.max(0, seconds - decodeSeconds);
            total += extra;
            costs.add(new Cost(r.name(), percent(extra)));
        }
        return new Estimate(costs, percent(decodeSeconds), percent(total), REFERENCE);
    }

    private List<String> renditionRun(Path source, Ladder ladder, Rendition r) {
        List<String> args = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-benchmark",
                "-i", source.toString(), "-map", "0:v:0", "-map", "0:a:0?",
                "-vf", "scale=-2:'min(" + r.height() + ",ih)'", "-pix_fmt", "yuv420p", "-c:v", ladder.encoder()));
        if (Ladder.DEFAULT_ENCODER.equals(ladder.encoder())) {
            args.addAll(List.of("-preset", ladder.preset(), "-tune", "zerolatency"));
        }
        args.addAll(List.of("-b:v", r.videoKbps() + "k", "-maxrate", r.videoKbps() + "k",
                "-bufsize", (2 * r.videoKbps()) + "k", "-c:a", "aac", "-b:a", r.audioKbps() + "k", "-f", "flv", "-y",
                "/dev/null"));
        return args;
    }

    private static double percent(double cpuSeconds) {
        return Math.round(cpuSeconds * 1000.0 / CLIP_SECONDS) / 10.0;
    }

    private Path clip() throws IOException {
        if (clip != null && Files.size(clip) > 0) {
            return clip;
        }
        Path dir = Files.createTempDirectory("marquee-abr-");
        Path made = dir.resolve("reference.flv");
        cpuSeconds(List.of(ffmpeg, "-hide_banner", "-nostdin", "-benchmark",
                "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", Integer.toString(CLIP_SECONDS),
                "-c:v", "libx264", "-preset", "veryfast", "-g", "60", "-pix_fmt", "yuv420p", "-b:v", "6000k",
                "-c:a", "aac", "-b:a", "128k", "-f", "flv", "-y", made.toString()));
        clip = made;
        return made;
    }

    /** Runs ffmpeg with {@code -benchmark} and reads its user + system CPU seconds. */
    static double cpuSeconds(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("ffmpeg failed: " + lastLine(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted");
        }
        return parse(output);
    }

    static double parse(String output) throws IOException {
        Matcher m = BENCH.matcher(output);
        if (!m.find()) {
            throw new IOException("ffmpeg printed no -benchmark line");
        }
        return Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2));
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
