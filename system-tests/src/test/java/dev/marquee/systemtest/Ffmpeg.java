package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's ffmpeg and ffprobe as the real RTMP publisher and players. */
final class Ffmpeg {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;

    private Ffmpeg() {
    }

    /**
     * Publishes a generated 640x360 H.264 + AAC test picture and tone, in real time, for the given
     * seconds, the way OBS does (FLV over RTMP). Output goes to {@code log}.
     */
    static Process publish(String rtmpUrl, int seconds, Path log) {
        return publish(rtmpUrl, seconds, "800k", log);
    }

    /** The same at a constant video bitrate (x264 pads with filler data), e.g. {@code "4M"}. */
    static Process publish(String rtmpUrl, int seconds, String videoBitrate, Path log) {
        List<String> command = List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "warning", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=" + WIDTH + "x" + HEIGHT + ":rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                "-t", String.valueOf(seconds),
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-g", "25", "-b:v", videoBitrate, "-minrate", videoBitrate, "-maxrate", videoBitrate,
                "-bufsize", videoBitrate, "-x264-params", "nal-hrd=cbr", "-c:a", "aac", "-b:a", "64k", "-f", "flv", rtmpUrl);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start ffmpeg", e);
        }
    }

    /**
     * A 640x360 25 fps picture at 800 kbit/s with a keyframe every {@code gopFrames} frames exactly (no
     * keyframes at scene cuts), with the 44.1 kHz tone or without any audio ({@code -an}): a well or a
     * badly configured encoder for the encoder coach.
     */
    static Process publishWithGop(String rtmpUrl, int seconds, int gopFrames, boolean audio, Path log) {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "warning",
                "-re", "-f", "lavfi", "-i", "testsrc2=size=" + WIDTH + "x" + HEIGHT + ":rate=25"));
        if (audio) {
            command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"));
        }
        command.addAll(List.of("-t", String.valueOf(seconds), "-c:v", "libx264", "-preset", "ultrafast",
                "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", String.valueOf(gopFrames),
                "-keyint_min", String.valueOf(gopFrames), "-sc_threshold", "0", "-b:v", "800k", "-minrate", "800k",
                "-maxrate", "800k", "-bufsize", "800k", "-x264-params", "nal-hrd=cbr"));
        command.addAll(audio ? List.of("-c:a", "aac", "-b:a", "64k") : List.of("-an"));
        command.addAll(List.of("-f", "flv", rtmpUrl));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start ffmpeg", e);
        }
    }

    /** The streams ffprobe finds in the input (reading a few seconds of it). */
    static JsonNode probe(String input) {
        Result r = run(List.of("ffprobe", "-v", "error", "-rw_timeout", "15000000", "-analyzeduration", "3000000",
                "-show_streams", "-of", "json", input), 40);
        if (r.exit != 0) {
            throw new AssertionError("ffprobe " + input + " failed (" + r.exit + "): " + r.output);
        }
        try {
            return new ObjectMapper().readTree(r.output.substring(r.output.indexOf('{')));
        } catch (IOException e) {
            throw new AssertionError("ffprobe printed no JSON: " + r.output, e);
        }
    }

    /** Reads and decodes {@code seconds} of the input; the result says how it went. */
    static Result play(String input, int seconds) {
        return run(List.of("ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-rw_timeout", "15000000",
                "-i", input, "-t", String.valueOf(seconds), "-f", "null", "-"), seconds + 40);
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, int timeoutSeconds) {
        try {
            Path out = Files.createTempFile("ffmpeg-", ".log");
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(-1, "timed out: " + Files.readString(out, StandardCharsets.UTF_8));
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            return new Result(p.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
