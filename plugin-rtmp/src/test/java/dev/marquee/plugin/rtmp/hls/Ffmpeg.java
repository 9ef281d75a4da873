package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real ffmpeg and ffprobe, which CI has installed; a missing binary fails the test
 * rather than skipping it.
 */
public final class Ffmpeg {

    public record Result(int exitCode, String stdout, String stderr) {
    }

    private Ffmpeg() {
    }

    public static Result run(Path workDir, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException notInstalled) {
            throw new AssertionError(command[0] + " is required by this test and could not be started"
                    + " (install ffmpeg): " + notInstalled.getMessage(), notInstalled);
        }
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 3 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Runs a command that must succeed without printing errors, and returns its standard output. */
    public static String check(Path workDir, String... command) throws IOException, InterruptedException {
        Result result = run(workDir, command);
        assertThat(result.exitCode()).as("exit code of %s; stderr: %s", List.of(command), result.stderr()).isZero();
        assertThat(result.stderr()).as("stderr of %s", List.of(command)).isBlank();
        return result.stdout();
    }

    /** {@code ffprobe -show_streams -show_format} of a file or playlist, as JSON. */
    public static JsonObject probe(Path workDir, String input) throws IOException, InterruptedException {
        String json = check(workDir, "ffprobe", "-v", "error", "-count_frames", "-show_streams", "-show_format",
                "-of", "json", "-i", input);
        return Json.createReader(new StringReader(json)).readObject();
    }
}
