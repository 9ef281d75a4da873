package dev.marquee.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers as Vimeo's oEmbed endpoint does ({@code GET /api/oembed.json?url=...}): 200 with the video's
 * JSON for the videos it knows, 404 for any other. Counts requests so tests can see the cache work.
 */
final class VimeoStandIn implements AutoCloseable {

    static final String KEYNOTE_ID = "76979871";
    static final String KEYNOTE_TITLE = "HackConf keynote (oEmbed title)";

    private static final Pattern VIDEO_ID = Pattern.compile("(?:vimeo\\.com/(?:video/)?|/videos/)(\\d+)");

    private final HttpServer server;
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    private VimeoStandIn(HttpServer server) {
        this.server = server;
        titles.put(KEYNOTE_ID, KEYNOTE_TITLE);
        titles.put("148751763", "Workshops reel");
        titles.put("253989945", "Lounge loop");
    }

    static VimeoStandIn start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            VimeoStandIn standIn = new VimeoStandIn(http);
            http.createContext("/api/oembed.json", standIn::answer);
            http.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The endpoint to configure as {@code marquee.vimeo.oembed-url}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/oembed.json";
    }

    int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String query = exchange.getRequestURI().getRawQuery();
        String url = query == null ? "" : URLDecoder.decode(query.replaceFirst("^.*?url=([^&]*).*$", "$1"), StandardCharsets.UTF_8);
        Matcher m = VIDEO_ID.matcher(url);
        String title = m.find() ? titles.get(m.group(1)) : null;
        if (title == null) {
            send(exchange, 404, "text/plain", "404 Not Found");
            return;
        }
        String id = m.group(1);
        String json = """
                {"type":"video","version":"1.0","provider_name":"Vimeo","provider_url":"https://vimeo.com/",\
                "title":"%s","author_name":"HackConf","author_url":"https://vimeo.com/hackconf","is_plus":"0",\
                "account_type":"basic","html":"<iframe src=\\"https://player.vimeo.com/video/%s?app_id=122963\\" \
                width=\\"640\\" height=\\"360\\" frameborder=\\"0\\" allow=\\"autoplay; fullscreen; picture-in-picture\\" \
                title=\\"%s\\"></iframe>","width":640,"height":360,"duration":62,"description":"",\
                "thumbnail_url":"https://i.vimeocdn.com/video/452001751-%s-d_640","thumbnail_width":640,\
                "thumbnail_height":360,"upload_date":"2013-10-15 14:08:29","video_id":%s,"uri":"/videos/%s"}"""
                .formatted(title, id, title, id, id, id);
        send(exchange, 200, "application/json", json);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
