package dev.marquee.plugin.rtmp.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.marquee.plugin.rtmp.media.FlvFormat;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for an origin's playback servlet on a real local HTTP server: {@code /live.flv} streams a
 * {@link LiveStream} as HTTP-FLV (the FLV header, then every tag, as the servlet's viewers write them)
 * until the stream ends; {@code /raw} answers fixed bytes; {@code /missing} answers 404.
 */
final class FakeOrigin implements AutoCloseable {

    private static final byte[] END = new byte[0];

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    final List<String> edgeHeaders = new CopyOnWriteArrayList<>();
    volatile LiveStream stream;
    volatile byte[] raw = new byte[0];
    volatile boolean rawStaysOpen;

    FakeOrigin() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/live.flv", this::live);
        server.createContext("/raw", this::raw);
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void live(HttpExchange exchange) throws IOException {
        edgeHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst(EdgePuller.EDGE_HEADER)));
        BlockingQueue<byte[]> tags = new LinkedBlockingQueue<>();
        StreamSubscriber viewer = new StreamSubscriber() {
            @Override
            public void accept(MediaPacket packet) {
                tags.add(packet.flvTag());
            }

            @Override
            public void end() {
                tags.add(END);
            }
        };
        exchange.getResponseHeaders().set("Content-Type", "video/x-flv");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!stream.subscribe(viewer)) {
                return;
            }
            out.write(FlvFormat.header());
            out.flush();
            for (byte[] tag = tags.take(); tag != END; tag = tags.take()) {
                out.write(tag);
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the edge went away
        } finally {
            stream.unsubscribe(viewer);
        }
    }

    private void raw(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(raw);
        out.flush();
        if (rawStaysOpen) {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
