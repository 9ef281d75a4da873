package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * nginx with its RTMP module ({@code live on; record off;}) in a child process: an RTMP server that takes a
 * published stream in application {@code live} and plays it back to ffprobe (from a keyframe:
 * {@code wait_key on}), like YouTube's or Twitch's ingest would take it. Can be stopped and started
 * again on the same address.
 */
final class RtmpReceiver implements AutoCloseable {

    private static final String MODULE = "/usr/lib/nginx/modules/ngx_rtmp_module.so";

    private final Path dir;
    private final String host;
    private final int port;
    private Process process;

    private RtmpReceiver(Path dir, String host, int port) {
        this.dir = dir;
        this.host = host;
        this.port = port;
    }

    static RtmpReceiver start(Path dir, String host) {
        RtmpReceiver receiver = new RtmpReceiver(dir, host, MarqueeServer.freeTcpPort());
        receiver.start();
        return receiver;
    }

    /** The address to publish to: {@code rtmp://host:port/live}. */
    String url() {
        return "rtmp://" + host + ":" + port + "/live";
    }

    void start() {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("nginx.conf"), CONFIG.formatted(MODULE, dir, dir, host, port));
            process = new ProcessBuilder(Nginx.binary(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile()))
                    .start();
            awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start nginx-rtmp", e);
        }
    }

    /** Kills the server at once, as a crash would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx-rtmp exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 500);
                return;
            } catch (IOException e) {
                MarqueeServer.sleep(100);
            }
        }
        throw new IllegalStateException("nginx-rtmp did not listen on " + host + ":" + port);
    }

    private static final String CONFIG = """
            load_module %s;
            daemon off;
            master_process off;
            worker_processes 1;
            pid %s/nginx.pid;
            error_log %s/error.log info;
            events { worker_connections 64; }
            rtmp {
                server {
                    listen %s:%d;
                    chunk_size 4096;
                    application live {
                        live on;
                        record off;
                        wait_key on;
                    }
                }
            }
            """;
}
