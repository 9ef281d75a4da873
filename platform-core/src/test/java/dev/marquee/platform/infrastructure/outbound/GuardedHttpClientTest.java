package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundException.Reason;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** The client against a local server: what it refuses, where headers go on redirects, and what errors say. */
class GuardedHttpClientTest {

    private final LocalServer server = new LocalServer();
    private GuardedHttpClient client;

    @AfterEach
    void close() {
        server.close();
        if (client != null) {
            client.close();
        }
    }

    private GuardedHttpClient client(org.apache.hc.client5.http.DnsResolver dns, String... allowed) {
        client = new GuardedHttpClient(new DestinationPolicy(AllowList.parse(List.of(allowed),
                entry -> fail("invalid allow entry " + entry))), dns);
        return client;
    }

    private static OutboundRequest get(String url) {
        return OutboundRequest.get(URI.create(url)).withHeader("X-API-Key", "k3y");
    }

    private static String read(OutboundResponse response) throws IOException {
        try (response) {
            return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anAllowedAddressIsReachedWithTheHeaders() throws Exception {
        server.answer("/export.csv", 200, Map.of("Content-Type", "text/csv"), "Ticket ID,Email\n");
        OutboundResponse response = client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1")
                .send(get(server.url("/export.csv")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).contains("text/csv");
        assertThat(read(response)).isEqualTo("Ticket ID,Email\n");
        assertThat(server.seen).singleElement().extracting(LocalServer.Seen::key).isEqualTo("k3y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/x", "http://2130706433:%d/x", "http://[::ffff:127.0.0.1]:%d/x",
            "http://[::ffff:7f00:1]:%d/x", "http://LOCALHOST:%d/x", "http://127.000.000.001:%d/x",
            "http://[::127.0.0.1]:%d/x", "http://[::1]:%d/x", "http://0:%d/x"})
    void loopbackIsRefusedHoweverItIsWrittenAndNothingIsSent(String pattern) {
        String url = pattern.formatted(server.port());
        GuardedHttpClient guarded = client(SystemDefaultDnsResolver.INSTANCE);
        assertThatThrownBy(() -> guarded.send(get(url))).isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).reason()).isEqualTo(Reason.REFUSED))
                .hasMessageContaining("marquee.outbound.allow").hasMessageMatching(".*(loopback|unspecified).*");
        assertThatThrownBy(() -> guarded.check(URI.create(url))).hasMessageContaining("marquee.outbound.allow");
        assertThat(server.seen).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://10.1.2.3/",
            "http://172.16.0.1/", "http://192.168.0.1/", "http://[fd00::1]/", "http://100.64.0.1/",
            "http://224.0.0.1/", "http://255.255.255.255/", "http://[::]/", "http://[64:ff9b::a9fe:a9fe]/",
            "http://[2002:c0a8:1::]/", "http://[ff02::1]/"})
    void internalAddressesAreRefusedBeforeAnyConnection(String url) {
        assertThatThrownBy(() -> client(SystemDefaultDnsResolver.INSTANCE).check(URI.create(url)))
                .isInstanceOf(OutboundException.class).hasMessageContaining(" is a")
                .hasMessageContaining("marquee.outbound.allow");
    }

    @Test
    void aNameThatResolvesInsideIsRefusedAndNamedAsAName() {
        FakeDns dns = new FakeDns().answer("exports.example", "10.0.0.7");
        assertThatThrownBy(() -> client(dns).check(URI.create("https://exports.example/x.csv")))
                .hasMessageStartingWith("exports.example resolves to a private-network address;")
                .hasMessageNotContaining("10.0.0.7");
    }

    @Test
    void aNameThatPointsOutsideWhenCheckedAndInsideWhenConnectingIsRefused() throws Exception {
        FakeDns dns = new FakeDns().answer("rebind.example", "93.184.215.14", "127.0.0.1");
        server.answer("/x.csv", 200, Map.of(), "internal");
        GuardedHttpClient guarded = client(dns);
        URI uri = URI.create("http://rebind.example:" + server.port() + "/x.csv");
        guarded.check(uri); // outside at save time
        assertThatThrownBy(() -> guarded.send(OutboundRequest.get(uri)))
                .isInstanceOf(OutboundException.class).hasMessageContaining("rebind.example resolves to a loopback address");
        assertThat(dns.lookups).hasValue(2);
        assertThat(server.seen).isEmpty();
    }

    @Test
    void aNameAllowedByPatternMayResolveInside() throws Exception {
        server.answer("/x.csv", 200, Map.of(), "fine");
        FakeDns dns = new FakeDns().answer("tickets.corp.example", "127.0.0.1");
        OutboundResponse response = client(dns, "*.corp.example")
                .send(get("http://tickets.corp.example:" + server.port() + "/x.csv"));
        assertThat(read(response)).isEqualTo("fine");
    }

    @Test
    void redirectsOnTheSameOriginKeepTheHeaders() throws Exception {
        server.redirect("/old.csv", 301, "/new.csv").answer("/new.csv", 200, Map.of(), "here");
        OutboundResponse response = client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1")
                .send(get(server.url("/old.csv")));
        assertThat(response.uri()).isEqualTo(URI.create(server.url("/new.csv")));
        assertThat(read(response)).isEqualTo("here");
        assertThat(server.seen).extracting(LocalServer.Seen::key).containsExactly("k3y", "k3y");
    }

    @Test
    void aCrossOriginRedirectDropsTheHeadersForTheRestOfTheChain() throws Exception {
        try (LocalServer other = new LocalServer()) {
            server.redirect("/a", 302, other.url("/b")).answer("/c", 200, Map.of(), "back home");
            other.redirect("/b", 307, server.url("/c"));
            OutboundResponse response = client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1")
                    .send(get(server.url("/a")));
            assertThat(read(response)).isEqualTo("back home");
            assertThat(other.seen).singleElement().extracting(LocalServer.Seen::key).isEqualTo("");
            assertThat(server.seen).extracting(LocalServer.Seen::key).containsExactly("k3y", "");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://127.0.0.3:%d/", "http://[::ffff:127.0.0.3]:%d/",
            "http://2130706435:%d/"})
    void aRedirectToARefusedAddressFailsWithoutNamingIt(String target) {
        server.redirect("/export.csv", 302, target.formatted(server.port()));
        assertThatThrownBy(() -> client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1/32")
                .send(get(server.url("/export.csv"))))
                .isInstanceOf(OutboundException.class)
                .hasMessageStartingWith("a redirect (hop 1) leads to a")
                .hasMessageNotContaining("127.0.0.3").hasMessageNotContaining("169.254")
                .hasMessageContaining("marquee.outbound.allow");
    }

    @Test
    void aRedirectLoopEndsAfterFiveHops() {
        server.redirect("/loop", 302, "/loop");
        assertThatThrownBy(() -> client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1").send(get(server.url("/loop"))))
                .isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS))
                .hasMessage("127.0.0.1 redirected more than 5 times");
        assertThat(server.seen).hasSize(6);
    }

    @Test
    void a303TurnsAPostIntoAGetWithoutBody() throws Exception {
        server.redirect("/submit", 303, "/done").answer("/done", 200, Map.of(), "ok");
        OutboundRequest post = OutboundRequest.post(URI.create(server.url("/submit")), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(read(client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1").send(post))).isEqualTo("ok");
        assertThat(server.seen).extracting(LocalServer.Seen::method).containsExactly("POST", "GET");
        assertThat(server.seen).extracting(LocalServer.Seen::bodyLength).containsExactly(2, 0);
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        server.redirect("/x", 302, "file:///etc/passwd");
        assertThatThrownBy(() -> client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1").send(get(server.url("/x"))))
                .hasMessage("redirect 1 does not lead to a valid http or https URL");
    }

    @Test
    void badUrlsAreRefusedWithAReason() {
        GuardedHttpClient guarded = client(SystemDefaultDnsResolver.INSTANCE);
        assertThatThrownBy(() -> guarded.check(URI.create("ftp://files.example/x"))).hasMessage(
                "only http and https URLs are supported");
        assertThatThrownBy(() -> guarded.check(URI.create("http://127.1/x"))).hasMessage("the URL names no valid host");
        assertThatThrownBy(() -> guarded.check(URI.create("http://user:pw@files.example/x")))
                .hasMessageStartingWith("the URL may not hold a user name or password");
    }

    @Test
    void anUnknownHostPassesTheCheckButNotTheRequest() throws Exception {
        GuardedHttpClient guarded = client(new FakeDns());
        guarded.check(URI.create("https://not-yet.example/x"));
        assertThatThrownBy(() -> guarded.send(get("https://not-yet.example/x")))
                .hasMessage("not-yet.example cannot be found (unknown host)");
    }

    @Test
    void failuresAreNamedWithoutTheLibrarysWords() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        GuardedHttpClient guarded = client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1");
        assertThatThrownBy(() -> guarded.send(get("http://127.0.0.1:" + closed + "/")))
                .hasMessage("127.0.0.1 refused the connection");
        server.slow("/slow", 1500);
        assertThatThrownBy(() -> guarded.send(get(server.url("/slow")).withTimeout(Duration.ofMillis(300))))
                .satisfies(e -> assertThat(((OutboundException) e).reason()).isEqualTo(Reason.TIMEOUT))
                .hasMessage("127.0.0.1 did not answer within 300 ms");
    }

    @Test
    void aBodyCanBeCappedAndAnErrorBodyIsNeverInTheMessage() throws Exception {
        server.answer("/big", 200, Map.of(), "x".repeat(100));
        try (OutboundResponse response = client(SystemDefaultDnsResolver.INSTANCE, "127.0.0.1").send(get(server.url("/big")))) {
            assertThatThrownBy(() -> response.body(10).readAllBytes()).hasMessage("the response is larger than 10 bytes");
        }
        server.answer("/exact", 200, Map.of(), "x".repeat(10));
        try (OutboundResponse response = client.send(get(server.url("/exact")))) {
            assertThat(response.body(10).readAllBytes()).hasSize(10);
        }
    }

    @Test
    void headersThatCouldSmuggleAnotherRequestAreRefusedWithoutTheirValue() {
        OutboundRequest request = OutboundRequest.get(URI.create("https://a.example/"));
        assertThatThrownBy(() -> request.withHeader("X-API-Key", "secret\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'X-API-Key'")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> request.withHeader("Host", "internal")).hasMessageContaining("set by Marquee");
        assertThatThrownBy(() -> request.withHeader("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
