package dev.marquee.plugin.rtmp.abr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the configured ffmpeg runs here and which encoders it has, asked once per check by running
 * {@code ffmpeg -hide_banner -encoders} (no shell; at most 10 s). A missing program, one that fails, or one
 * without the ladder's encoder makes switching the ladder on fail with the reason.
 */
public final class FfmpegTool {

    /** What the check found: available or not, and why not. */
    public record Availability(boolean available, String reason, String version) {
    }

    private static final Pattern ENCODER_LINE = Pattern.compile("^\\s*V[A-Z.]{5}\\s+([a-z0-9_]+)\\s", Pattern.MULTILINE);

    private final String program;

    public FfmpegTool(String program) {
        this.program = program;
    }

    public String program() {
        return program;
    }

    /** Runs ffmpeg to list its encoders; available when it ran and lists {@code encoder}. */
    public Availability check(String encoder) {
        String output;
        try {
            output = run(List.of(program, "-hide_banner", "-encoders"));
        } catch (IOException e) {
            return new Availability(false, "ffmpeg could not be started (" + program + "): install it, or set "
                    + "marquee.rtmp.abr.ffmpeg to its path", null);
        }
        if (output == null) {
            return new Availability(false, "ffmpeg (" + program + ") did not answer within 10 s", null);
        }
        Matcher m = ENCODER_LINE.matcher(output);
        while (m.find()) {
            if (m.group(1).equals(encoder)) {
                return new Availability(true, "", program);
            }
        }
        return new Availability(false, "ffmpeg (" + program + ") has no encoder named " + encoder, null);
    }

    /** The program's output (standard output and error), or null when it ran longer than 10 s. */
    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        try (InputStream in = p.getInputStream()) {
            byte[] bytes = in.readNBytes(1 << 20);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0) {
                throw new IOException("exit " + p.exitValue());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
    }
}
