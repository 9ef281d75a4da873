package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static dev.marquee.systemtest.Await.await;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RTMP listener against hostile peers on raw sockets while real ffmpeg publishers and players
 * stream: a flood of idle sockets from one address (those past the per-address limit are closed at
 * once), peers that handshake and connect but never publish (closed at the start deadline), a peer that
 * holds unfinished messages over the budget, a Set Chunk Size too large, and a flood of pending
 * connections from several addresses (the one past their share is closed at once). Meanwhile the
 * running publish stays on air, a new creator goes live and players decode both streams; afterwards
 * only the real streams hold connections, and the metrics counted each refusal and drop.
 *
 * <p>Its own server with short limits: a 3 s start deadline, 6 connections per address, 20 pending
 * connections, and 16 KiB of unfinished messages before publishing (ffmpeg's keyframes are larger, so
 * the publishes also show that a publisher gets the larger budget). Attackers use other loopback
 * addresses (127.0.0.2 and up) than the real peers (127.0.0.1).
 */
class RtmpHardeningIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(3);
    private static final int PER_ADDRESS = 6;
    private static final int PENDING = 20;
    /** "At once": well under the start deadline. */
    private static final Duration AT_ONCE = Duration.ofMillis(1500);
    /** ffmpeg 5.1's connect command after the handshake (chunks of 128 and 12 bytes), as the plugin's fixtures have it. */
    private static final byte[] CONNECT = HexFormat.of().parseHex(
            "0300000000008c1400000000020007636f6e6e656374003ff00000000000000300036170700200046c6976650004"
            + "7479706502000a6e6f6e707269766174650008666c617368566572020024464d4c452f332e302028636f6d7061"
            + "7469626c653b204c61766635392e32372e313030290005746355726c02001b72746d703a2f2f3132372e302e30"
            + "2e313a31c3393335302f6c697665000009");
    /** createStream, transaction 2, on chunk stream 3. */
    private static final byte[] CREATE_STREAM = HexFormat.of().parseHex(
            "03000000000019140000000002000c63726561746553747265616d00400000000000000005");

    /** One thread per watched socket: a blocking read each. */
    private static final ExecutorService WATCHERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "rtmp-hardening-watcher");
        t.setDaemon(true);
        return t;
    });

    private static MarqueeServer server;
    private final List<Process> processes = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = new MarqueeServer(MarqueeServer.newWorkDir("rtmp-hardening"), Map.of(
                "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MARQUEE_DEMO", "false",
                "MARQUEE_RTMP_START_TIMEOUT", "PT3S",
                "MARQUEE_RTMP_MAX_CONNECTIONS_PER_ADDRESS", String.valueOf(PER_ADDRESS),
                "MARQUEE_RTMP_MAX_PENDING_CONNECTIONS", String.valueOf(PENDING),
                "MARQUEE_RTMP_MAX_UNFINISHED_BYTES", "16384")).withManagementListener().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void cleanUp() {
        processes.forEach(Process::destroyForcibly);
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /**
     * What the attackers get is checked softly, so that against a server without these limits every one
     * of them is reported; the real streams are checked hard.
     */
    @Test
    void hostilePeersAreCutOffWhileCreatorsAndPlayersStreamOn() throws Exception {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", "hardening", "title", "Hardening",
                "timezone", "UTC", "access", "PUBLIC")).json().get("id").asLong();
        long running = stage(organizer, eventId, "running");
        long later = stage(organizer, eventId, "later");
        processes.add(Ffmpeg.publish(publishUrl(organizer, running), 120, server.workDir().resolve("ffmpeg-running.log")));
        await("the first stage is live", Duration.ofSeconds(20), () -> live(organizer, running));
        SoftAssertions attackers = new SoftAssertions();

        // A peer that handshakes and connects but never publishes: closed at the start deadline.
        Socket silent = from("127.0.0.3");
        send(silent, handshake(), CONNECT, CREATE_STREAM);
        CompletableFuture<Duration> silentClosed = CompletableFuture.supplyAsync(
                () -> closedAfter(silent, START_TIMEOUT.plusSeconds(10)), WATCHERS);

        // One address floods idle sockets: it keeps its share, the ten past it are closed at once. (Which
        // ones is not fixed: accepted connections are set up on several event loops at the same time.)
        List<Socket> flood = new ArrayList<>();
        for (int i = 0; i < PER_ADDRESS + 10; i++) {
            flood.add(from("127.0.0.2"));
        }
        attackers.assertThat(closedAtOnce(flood)).as("connections of one address closed at once, past its %d",
                PER_ADDRESS).isEqualTo(10);

        // Unfinished messages over the budget: three commands announced at 10,000 bytes, 128 sent of each.
        Socket hoarder = from("127.0.0.4");
        send(hoarder, handshake(), CONNECT);
        for (int csid = 10; csid < 13; csid++) {
            send(hoarder, HexFormat.of().parseHex(String.format("%02x00000000271014%s", csid, "00000000")), new byte[128]);
        }
        attackers.assertThat(closedWithin(hoarder, AT_ONCE)).as("a peer over the unfinished-message budget is closed")
                .isTrue();

        // A chunk size over the maximum (1 MiB).
        Socket huge = from("127.0.0.5");
        send(huge, handshake(), HexFormat.of().parseHex("020000000000040100000000" + "00100000"));
        attackers.assertThat(closedWithin(huge, AT_ONCE)).as("a peer setting a 1 MiB chunk size is closed").isTrue();

        // Meanwhile a new creator goes live and players decode both streams.
        processes.add(Ffmpeg.publish(publishUrl(organizer, later), 120, server.workDir().resolve("ffmpeg-later.log")));
        await("a new creator is live", Duration.ofSeconds(20), () -> live(organizer, later));
        assertH264AndAac(Ffmpeg.probe(source(organizer, running, "rtmp")));
        assertH264AndAac(Ffmpeg.probe(source(organizer, later, "http-flv")));

        attackers.assertThat(silentClosed.get(30, TimeUnit.SECONDS))
                .as("connected, never published: closed at the start deadline")
                .isNotNull().isBetween(START_TIMEOUT.minusMillis(500), START_TIMEOUT.plusSeconds(3));

        // Pending connections from several addresses fill their share: the next one is closed at once.
        awaitQuietly("the idle floods are gone", Duration.ofSeconds(10),
                () -> rtmpHealth().path("pendingConnections").asInt() == 0);
        List<Socket> pending = new ArrayList<>();
        for (int i = 0; i < PENDING + 1; i++) {
            pending.add(from("127.0.0." + (6 + i / 5))); // five per address, under its share
        }
        attackers.assertThat(closedAtOnce(pending)).as("connections past the pending share closed at once")
                .isEqualTo(1);
        assertThat(live(organizer, running) && live(organizer, later)).as("both streams stay on air").isTrue();
        awaitQuietly("the pending flood times out", Duration.ofSeconds(10),
                () -> rtmpHealth().path("pendingConnections").asInt() == 0);
        Ffmpeg.Result played = Ffmpeg.play(source(organizer, running, "rtmp"), 3);
        assertThat(played.exit()).as(played.output()).isZero();
        assertThat(processes).allSatisfy(p -> assertThat(p.isAlive()).as("publisher still running").isTrue());

        attackers.assertThat(awaitQuietly("only the two publishers hold connections", Duration.ofSeconds(10),
                () -> rtmpHealth().path("connections").asInt() == 2)).as("only the two publishers hold connections, not "
                + rtmpHealth().path("connections").asInt()).isTrue();
        String metrics = metrics();
        attackers.assertThat(value(metrics, "marquee_rtmp_connections_refused_total", "per_address"))
                .as("refused per address").isGreaterThanOrEqualTo(10);
        attackers.assertThat(value(metrics, "marquee_rtmp_connections_refused_total", "max_pending"))
                .as("refused as pending").isGreaterThanOrEqualTo(1);
        attackers.assertThat(value(metrics, "marquee_rtmp_connections_dropped_total", "start_timeout"))
                .as("dropped at the start deadline").isGreaterThanOrEqualTo(1 + PER_ADDRESS + PENDING);
        attackers.assertThat(value(metrics, "marquee_rtmp_connections_dropped_total", "over_limit"))
                .as("dropped over a limit").isGreaterThanOrEqualTo(2);
        attackers.assertAll();
    }

    private static long stage(Api organizer, long eventId, String slug) {
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", slug, "name", slug, "provider", "rtmp", "settings", Map.of()));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        return stage.json().get("id").asLong();
    }

    private static String publishUrl(Api organizer, long stageId) {
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        return "rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key;
    }

    private static boolean live(Api organizer, long stageId) {
        return organizer.get("/api/v1/stages/" + stageId + "/playback").json().path("live").asBoolean();
    }

    private static String source(Api organizer, long stageId, String type) {
        for (JsonNode s : organizer.get("/api/v1/stages/" + stageId + "/playback").json().path("sources")) {
            if (type.equals(s.path("type").asText())) {
                String url = s.path("url").asText();
                return url.startsWith("/") ? server.uri(url).toString() : url.replaceFirst("//[^/]+/",
                        "//127.0.0.1:" + server.rtmpPort() + "/");
            }
        }
        throw new AssertionError("no " + type + " source for stage " + stageId);
    }

    private static void assertH264AndAac(JsonNode probe) {
        List<String> codecs = new ArrayList<>();
        probe.path("streams").forEach(s -> codecs.add(s.path("codec_name").asText()));
        assertThat(codecs).as("%s", probe).contains("h264", "aac");
    }

    /** A raw TCP connection to the RTMP port from {@code localAddress}, kept until the test ends. */
    private Socket from(String localAddress) {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.rtmpPort()), 2000);
            sockets.add(socket);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] handshake() {
        byte[] c0c1c2 = new byte[1 + 2 * 1536];
        c0c1c2[0] = 3;
        return c0c1c2;
    }

    private static void send(Socket socket, byte[]... parts) {
        try {
            for (byte[] part : parts) {
                socket.getOutputStream().write(part);
            }
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many of the connections the server closes within {@link #AT_ONCE}, all watched at the same time. */
    private static long closedAtOnce(List<Socket> connections) {
        List<CompletableFuture<Boolean>> closed = connections.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> closedWithin(s, AT_ONCE), WATCHERS)).toList();
        return closed.stream().filter(CompletableFuture::join).count();
    }

    /** Whether the server closed (or reset) the connection within {@code limit}, reading whatever it sent. */
    private static boolean closedWithin(Socket socket, Duration limit) {
        return closedAfter(socket, limit) != null;
    }

    /** How long until the server closed the connection, or null if it was still open after {@code limit}. */
    private static Duration closedAfter(Socket socket, Duration limit) {
        Instant start = Instant.now();
        Instant deadline = start.plus(limit);
        byte[] buffer = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return null;
                }
                socket.setSoTimeout((int) left);
                if (in.read(buffer) < 0) {
                    return Duration.between(start, Instant.now());
                }
            }
        } catch (SocketTimeoutException e) {
            return null;
        } catch (SocketException e) {
            return Duration.between(start, Instant.now()); // reset by the server
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode rtmpHealth() {
        JsonNode ready = new Api(server).get("/health/ready").json();
        for (JsonNode check : ready.path("checks")) {
            if ("rtmp-listener".equals(check.path("name").asText())) {
                return check.path("data");
            }
        }
        throw new AssertionError("no rtmp-listener check in " + ready);
    }

    private static String metrics() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.management("/metrics?scope=application"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The sample of {@code name} whose labels contain {@code label}; 0 when there is none. */
    private static double value(String prometheus, String name, String label) {
        return OperationsIT.value(prometheus, name, label);
    }

    /** Whether the condition came true within {@code limit}. */
    private static boolean awaitQuietly(String what, Duration limit, BooleanSupplier condition) {
        try {
            await(what, limit, condition);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

}
