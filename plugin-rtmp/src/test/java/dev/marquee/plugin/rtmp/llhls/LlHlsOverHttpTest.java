package dev.marquee.plugin.rtmp.llhls;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.marquee.plugin.rtmp.cmaf.CmafPackager;
import dev.marquee.plugin.rtmp.cmaf.CmafPart;
import dev.marquee.plugin.rtmp.cmaf.CmafSettings;
import dev.marquee.plugin.rtmp.hls.Ffmpeg;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.testsupport.FlvFileReader;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ffprobe and ffmpeg play an ffmpeg-encoded stream's LL-HLS playlists and parts from a tiny local HTTP server. */
class LlHlsOverHttpTest {

    @TempDir
    Path work;

    @Test
    void ffmpegPlaysTheMultivariantPlaylist() throws Exception {
        Ffmpeg.check(work, "ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "6",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "60", "-c:a", "aac", "-f", "flv", "input.flv");
        List<MediaPacket> packets = FlvFileReader.read(work.resolve("input.flv"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        LlHlsWindow window = new LlHlsWindow("t3st", CmafSettings.defaults(), 6, scheduler);
        CmafPackager packager = new CmafPackager("http-test", CmafSettings.defaults(), System::currentTimeMillis, window);
        packets.forEach(packager::accept);
        packager.end();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(window.snapshot(), exchange));
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + LlHlsNames.MULTIVARIANT;
            JsonObject probe = Ffmpeg.probe(work, url);
            assertThat(probe.getJsonArray("streams").getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("codec_name")).containsExactlyInAnyOrder("h264", "aac");
            assertThat(MultivariantPlaylistWriter.render(window.snapshot()))
                    .matches("(?s).*CODECS=\"avc1\\.64[0-9a-f]{4},mp4a\\.40\\.2\",RESOLUTION=640x360\nll-media\\.m3u8\n");
            Ffmpeg.check(work, "ffmpeg", "-v", "error", "-i", url, "-f", "null", "-");
        } finally {
            server.stop(0);
            scheduler.shutdownNow();
        }
    }

    private static void serve(LlHlsSnapshot snapshot, HttpExchange exchange) throws IOException {
        String file = exchange.getRequestURI().getPath().substring(1);
        byte[] body;
        if (file.equals(LlHlsNames.MULTIVARIANT)) {
            body = MultivariantPlaylistWriter.render(snapshot).getBytes(StandardCharsets.UTF_8);
        } else if (file.equals(LlHlsNames.MEDIA)) {
            body = snapshot.playlist().getBytes(StandardCharsets.UTF_8);
        } else {
            Optional<LlHlsNames.MediaFile> f = LlHlsNames.parse(file);
            body = f.flatMap(m -> switch (m.kind()) {
                case INIT -> snapshot.init((int) m.number()).map(i -> i.bytes());
                case PART -> snapshot.part(m.number(), m.part()).map(CmafPart::bytes);
                case SEGMENT -> snapshot.segment(m.number()).map(s -> {
                    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                    s.parts().forEach(p -> all.writeBytes(p.bytes()));
                    return all.toByteArray();
                });
            }).orElse(null);
        }
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
        } else {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
