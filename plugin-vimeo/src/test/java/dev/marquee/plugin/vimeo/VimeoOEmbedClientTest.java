package dev.marquee.plugin.vimeo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a local server that answers as Vimeo's oEmbed endpoint does. */
class VimeoOEmbedClientTest {

    /** A reply shaped like Vimeo's for https://vimeo.com/76979871/8272103f6e. */
    static final String DESCRIPTION = """
            {"type":"video","version":"1.0","provider_name":"Vimeo","provider_url":"https://vimeo.com/",
             "title":"The New Vimeo Player (You Know, For Videos)","author_name":"Vimeo Staff",
             "author_url":"https://vimeo.com/staff","is_plus":"0","account_type":"live_business",
             "html":"<iframe src=\\"https://player.vimeo.com/video/76979871?h=8272103f6e&amp;app_id=122963\\" width=\\"640\\" height=\\"360\\" frameborder=\\"0\\"></iframe>",
             "width":640,"height":360,"duration":62,"description":"It may look like a simple video player.",
             "thumbnail_url":"https://i.vimeocdn.com/video/452001751-8216e0571c251a09_295x166",
             "thumbnail_width":295,"thumbnail_height":166,
             "thumbnail_url_with_play_button":"https://i.vimeocdn.com/filter/overlay?src0=x",
             "upload_date":"2013-10-15 14:08:29","video_id":76979871,"uri":"/videos/76979871:8272103f6e"}
            """;
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private HttpServer server;
    private ExecutorService handlers;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> referers = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/api/oembed.json", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void readsTitleAndThumbnailAndSendsTheHashedPageAndMarqueesAddress() {
        Optional<VimeoOEmbed> found = client().fetch(VimeoSource.video("76979871", "8272103f6e")).join();
        assertThat(found).contains(new VimeoOEmbed("The New Vimeo Player (You Know, For Videos)",
                "https://i.vimeocdn.com/video/452001751-8216e0571c251a09_295x166", "Vimeo Staff"));
        assertThat(asked).containsExactly("https://vimeo.com/76979871/8272103f6e");
        assertThat(referers).containsExactly("https://events.example.org");
    }

    @Test
    void aLiveEventIsAskedAboutByItsEventPage() {
        client().fetch(VimeoSource.liveEvent("4867722", null)).join();
        assertThat(asked).containsExactly("https://vimeo.com/event/4867722");
    }

    @Test
    void notFoundAndForbiddenGiveNothing() {
        assertThat(client().fetch(VimeoSource.video("404", null)).join()).isEmpty();
        assertThat(client().fetch(VimeoSource.video("403", null)).join()).isEmpty();
        assertThat(client().fetch(VimeoSource.video("500", null)).join()).isEmpty();
        assertThat(client().fetch(VimeoSource.video("777", null)).join()).isEmpty(); // not JSON
    }

    @Test
    void aSlowVimeoGivesNothingWithinTheTimeout() {
        long started = System.nanoTime();
        assertThat(client().fetch(VimeoSource.video("999", null)).join()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(4));
    }

    @Test
    void anUnreachableVimeoGivesNothing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        VimeoOEmbedClient client = new VimeoOEmbedClient(URI.create("http://127.0.0.1:" + closedPort
                + "/api/oembed.json"), TIMEOUT, null);
        assertThat(client.fetch(VimeoSource.video("1", null)).join()).isEmpty();
    }

    @Test
    void theCacheAsksVimeoOnceAndRemembersFailuresOnlyBriefly() {
        MutableClock clock = new MutableClock();
        VimeoOEmbedCache cache = new VimeoOEmbedCache(client()::fetch, clock, Duration.ofHours(1),
                Duration.ofMinutes(1), 100);
        VimeoSource video = VimeoSource.video("76979871", "8272103f6e");
        VimeoSource missing = VimeoSource.video("404", null);

        assertThat(cache.lookup(video).join()).isPresent();
        assertThat(cache.known(video)).map(VimeoOEmbed::title).contains("The New Vimeo Player (You Know, For Videos)");
        assertThat(cache.lookup(missing).join()).isEmpty();
        assertThat(cache.known(missing)).isEmpty();
        assertThat(requests).hasValue(2);

        clock.advance(Duration.ofSeconds(59));
        cache.lookup(missing).join();
        assertThat(requests).hasValue(2);
        clock.advance(Duration.ofSeconds(2));
        cache.lookup(missing).join();
        assertThat(cache.known(video)).isPresent();
        assertThat(requests).hasValue(3);
    }

    @Test
    void theCacheForgetsTheLeastRecentlyUsedBeyondItsSize() {
        VimeoOEmbedCache cache = new VimeoOEmbedCache(client()::fetch, Clock.systemUTC(), Duration.ofHours(1),
                Duration.ofMinutes(1), 2);
        cache.lookup(VimeoSource.video("1", null)).join();
        cache.lookup(VimeoSource.video("2", null)).join();
        cache.lookup(VimeoSource.video("1", null)).join();
        cache.lookup(VimeoSource.video("3", null)).join();
        assertThat(requests).hasValue(3);
        cache.lookup(VimeoSource.video("1", null)).join();
        assertThat(requests).hasValue(3);
        cache.lookup(VimeoSource.video("2", null)).join();
        assertThat(requests).hasValue(4);
    }

    private VimeoOEmbedClient client() {
        return new VimeoOEmbedClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/api/oembed.json"), TIMEOUT, "https://events.example.org");
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String page = URLDecoder.decode(exchange.getRequestURI().getRawQuery().substring("url=".length()),
                StandardCharsets.UTF_8);
        asked.add(page);
        String referer = exchange.getRequestHeaders().getFirst("Referer");
        if (referer != null) {
            referers.add(referer);
        }
        String id = page.replaceAll(".*/(?:event/)?([0-9]+)(?:/[0-9a-f]+)?$", "$1");
        switch (id) {
            case "404", "403", "500" -> respond(exchange, Integer.parseInt(id), "");
            case "777" -> respond(exchange, 200, "<html>Sorry</html>");
            case "999" -> {
                await();
                respond(exchange, 200, DESCRIPTION);
            }
            default -> respond(exchange, 200, DESCRIPTION);
        }
    }

    private void await() {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
