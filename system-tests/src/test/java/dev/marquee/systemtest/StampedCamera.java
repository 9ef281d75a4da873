package dev.marquee.systemtest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A camera for latency tests: 640x360 frames at 25 fps, each stamped with the wall clock at the moment
 * it is handed to ffmpeg (the format of bench/latency/barcode.js: two rows of 48 black or white blocks,
 * most significant bit first), encoded by ffmpeg (x264 zerolatency, a keyframe a second, AAC) and
 * published over RTMP. A page that reads the stamp of the frame it shows knows how far behind it is.
 */
final class StampedCamera implements AutoCloseable {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final int FPS = 25;
    private static final int BITS = 48;
    private static final int BLOCK_W = 12;
    private static final int BLOCK_H = 20;

    private final Process ffmpeg;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stamped-camera");
        t.setDaemon(true);
        return t;
    });
    private final byte[] frame = new byte[WIDTH * HEIGHT * 3 / 2];
    private long index;

    private StampedCamera(Process ffmpeg) {
        this.ffmpeg = ffmpeg;
        Arrays.fill(frame, WIDTH * HEIGHT, frame.length, (byte) 128);
    }

    /** Starts publishing to {@code rtmpUrl}; ffmpeg's output goes to {@code log}. */
    static StampedCamera publish(String rtmpUrl, Path log) {
        List<String> command = List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "warning",
                "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", WIDTH + "x" + HEIGHT, "-r", String.valueOf(FPS), "-i", "pipe:",
                "-re", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-b:v", "1000k", "-g", "25", "-keyint_min", "25", "-sc_threshold", "0",
                "-c:a", "aac", "-b:a", "64k", "-f", "flv", rtmpUrl);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            StampedCamera camera = new StampedCamera(p);
            camera.clock.scheduleAtFixedRate(camera::shoot, 0, 1000 / FPS, TimeUnit.MILLISECONDS);
            return camera;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start ffmpeg", e);
        }
    }

    private void shoot() {
        Arrays.fill(frame, 0, WIDTH * HEIGHT, (byte) 60);
        int bar = (int) (index++ * 8 % WIDTH);
        for (int line = 60; line < HEIGHT; line++) {
            Arrays.fill(frame, line * WIDTH + bar, line * WIDTH + Math.min(WIDTH, bar + 40), (byte) 200);
        }
        stamp(frame, System.currentTimeMillis());
        try {
            OutputStream in = ffmpeg.getOutputStream();
            in.write(frame);
            in.flush();
        } catch (IOException e) {
            clock.shutdown();
        }
    }

    /** Writes {@code millis} into the luma plane: two rows of 48 blocks, 235 for a one, 16 for a zero. */
    static void stamp(byte[] luma, long millis) {
        for (int row = 0; row < 2; row++) {
            for (int bit = 0; bit < BITS; bit++) {
                boolean on = ((millis >>> (BITS - 1 - bit)) & 1) == 1;
                for (int dy = 0; dy < BLOCK_H; dy++) {
                    int line = (row * BLOCK_H + dy) * WIDTH + bit * BLOCK_W;
                    Arrays.fill(luma, line, line + BLOCK_W, (byte) (on ? 235 : 16));
                }
            }
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
        ffmpeg.destroyForcibly();
    }
}
