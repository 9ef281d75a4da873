package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Marquee started like {@code ./run.sh} exposes (docs/operations.md, "Running" and "Metrics"):
 * it listens on its HTTP and RTMP ports and on nothing else but one loopback socket (the data grid of
 * one), opens no UDP socket (no multicast discovery), keeps {@code /health} and {@code /openapi} public and
 * does not serve {@code /metrics} on the public port. With the management listener the metrics are
 * served there, on loopback, and still not on the public port. The sockets are read from /proc for the
 * server's own process, so other processes on the machine do not matter.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class PortsAndEndpointsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MarqueeServer server;

    @BeforeAll
    static void startAsRunShDoes() {
        server = new MarqueeServer(MarqueeServer.newWorkDir("ports"), Map.of("MARQUEE_DEMO", "false")).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void listensOnHttpAndRtmpAndOnLoopbackForTheGridOnly() {
        List<Socket> tcp = sockets(server.pid(), "tcp", LISTEN);
        assertThat(tcp).as("listening TCP sockets").extracting(Socket::port).contains(server.port(), server.rtmpPort());
        List<Socket> others = tcp.stream().filter(s -> s.port() != server.port() && s.port() != server.rtmpPort()).toList();
        assertThat(others).as("listening TCP sockets other than HTTP and RTMP (the data grid)").hasSizeLessThanOrEqualTo(1)
                .allSatisfy(s -> assertThat(s.address().isLoopbackAddress()).as("%s is on loopback", s).isTrue());
        assertThat(sockets(server.pid(), "udp", UNCONNECTED)).as("bound UDP sockets (multicast discovery)").isEmpty();
    }

    @Test
    void healthAndTheApiDescriptionArePublicMetricsAreNot() {
        assertThat(get(server.uri("/health")).statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(server.uri("/health/ready"));
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"cluster\"", "\"members\":\"1\"", "\"name\":\"marquee-single\"");
        for (String path : List.of("/metrics", "/metrics?scope=application", "/metrics/base")) {
            HttpResponse<String> reply = get(server.uri(path));
            assertThat(reply.statusCode()).as("GET %s on the public port", path).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("marquee_");
        }
        assertThat(get(server.uri("/openapi")).body()).as("the public API's description").contains("/api/v1/events");
    }

    @Test
    void theManagementListenerServesMetricsOnLoopback(MarqueeServer withManagement) {
        HttpResponse<String> metrics = get(withManagement.management("/metrics?scope=application"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE marquee_chat_connections gauge");
        assertThat(get(withManagement.management("/health")).statusCode()).isEqualTo(200);

        assertThat(get(withManagement.uri("/health")).statusCode()).isEqualTo(200);
        assertThat(get(withManagement.uri("/metrics")).statusCode()).isEqualTo(404);
        // Naming the management virtual server in the Host header does not reach it from the public port.
        for (String host : List.of("management", "127.0.0.1:" + withManagement.managementPort())) {
            assertThat(rawGet(withManagement.port(), "/metrics?scope=application", host)).as("Host: %s", host)
                    .doesNotContain("marquee_");
        }

        assertThat(sockets(withManagement.pid(), "tcp", LISTEN)).filteredOn(s -> s.port() == withManagement.managementPort())
                .singleElement().satisfies(s -> assertThat(s.address().isLoopbackAddress()).isTrue());
    }

    private static HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The whole answer to a GET with a Host header of our choosing (HttpClient does not allow setting it). */
    private static String rawGet(int port, String path, String host) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A socket of the server process: its local address and port. */
    record Socket(InetAddress address, int port) {
        @Override
        public String toString() {
            return address.getHostAddress() + ":" + port;
        }
    }

    /** Kernel socket states in /proc/net/tcp and udp. */
    private static final String LISTEN = "0A";
    private static final String UNCONNECTED = "07";

    /**
     * The sockets of process {@code pid} in {@code state}, from /proc/PID/net/{tcp,tcp6} (or udp): those
     * tables list every socket of the network namespace, so only the inodes among the process's open
     * file descriptors are kept.
     */
    static List<Socket> sockets(long pid, String protocol, String state) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while listing
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Socket> found = new ArrayList<>();
        for (String table : List.of(protocol, protocol + "6")) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "net", table));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals(state) && inodes.contains(f[9])) {
                    String[] local = f[1].split(":");
                    found.add(new Socket(address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return found;
    }

    /** An address as /proc/net writes it: 32-bit words in hex, each in host (little-endian) byte order. */
    private static InetAddress address(String hex) {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] address = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                address[word + i] = raw[word + 3 - i];
            }
        }
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
