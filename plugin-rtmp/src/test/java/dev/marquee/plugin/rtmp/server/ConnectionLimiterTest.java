package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.metrics.RtmpMetrics.ConnectionRefusal;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionLimiterTest {

    private static InetSocketAddress peer(String address) {
        return new InetSocketAddress(address, 40_000);
    }

    @Test
    void anAddressGetsItsShareAndNoMore() {
        ConnectionLimiter limiter = new ConnectionLimiter(100, 50, 3);
        List<ConnectionLimiter.Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(limiter.admit(peer("192.0.2.7")).ticket());
        }

        ConnectionLimiter.Admission fourth = limiter.admit(peer("192.0.2.7"));

        assertThat(fourth.admitted()).isFalse();
        assertThat(fourth.refusal()).isEqualTo(ConnectionRefusal.PER_ADDRESS);
        assertThat(limiter.admit(peer("192.0.2.8")).admitted()).as("another address").isTrue();
        tickets.get(0).release();
        assertThat(limiter.admit(peer("192.0.2.7")).admitted()).as("a place given back").isTrue();
    }

    @Test
    void startedConnectionsStillCountForTheirAddress() {
        ConnectionLimiter limiter = new ConnectionLimiter(100, 50, 2);
        limiter.admit(peer("192.0.2.7")).ticket().started();
        limiter.admit(peer("192.0.2.7")).ticket().started();

        assertThat(limiter.admit(peer("192.0.2.7")).refusal()).isEqualTo(ConnectionRefusal.PER_ADDRESS);
    }

    @Test
    void pendingConnectionsCannotTakeThePlacesOfStreamingOnes() {
        ConnectionLimiter limiter = new ConnectionLimiter(10, 4, 10);
        for (int i = 0; i < 4; i++) {
            limiter.admit(peer("198.51.100." + i));
        }

        assertThat(limiter.admit(peer("198.51.100.50")).refusal()).isEqualTo(ConnectionRefusal.MAX_PENDING);
        assertThat(limiter.open()).isEqualTo(4);
    }

    @Test
    void aStartedConnectionFreesItsPendingPlaceOnceAndCanTakeItBack() {
        ConnectionLimiter limiter = new ConnectionLimiter(10, 1, 10);
        ConnectionLimiter.Ticket first = limiter.admit(peer("198.51.100.1")).ticket();
        assertThat(limiter.admit(peer("198.51.100.2")).refusal()).isEqualTo(ConnectionRefusal.MAX_PENDING);

        first.started();
        first.started();
        assertThat(limiter.pending()).isZero();
        ConnectionLimiter.Ticket second = limiter.admit(peer("198.51.100.2")).ticket();
        assertThat(second).isNotNull();

        first.pendingAgain();
        assertThat(limiter.pending()).as("counted, though over the share: it was admitted before").isEqualTo(2);
        first.release();
        second.release();
        second.release();
        assertThat(limiter.pending()).isZero();
        assertThat(limiter.open()).isZero();
    }

    @Test
    void theListenerAsAWholeIsBounded() {
        ConnectionLimiter limiter = new ConnectionLimiter(3, 3, 3);
        for (int i = 0; i < 3; i++) {
            limiter.admit(peer("203.0.113." + i)).ticket().started();
        }

        assertThat(limiter.admit(peer("203.0.113.9")).refusal()).isEqualTo(ConnectionRefusal.MAX_CONNECTIONS);
    }

    @Test
    void closedConnectionsLeaveNoEntryBehind() {
        ConnectionLimiter limiter = new ConnectionLimiter(1000, 1000, 5);
        for (int i = 0; i < 500; i++) {
            ConnectionLimiter.Admission admission = limiter.admit(peer("10.0." + (i / 250) + "." + (i % 250)));
            admission.ticket().release();
        }
        for (int i = 0; i < 10; i++) {
            limiter.admit(peer("10.9.9.9")).ticket(); // five admitted, five refused
        }
        assertThat(limiter.addresses()).isEqualTo(1);
        assertThat(limiter.open()).isEqualTo(5);
    }

    @Test
    void ipv6CountsByItsSlash64AndMappedIpv4AsIpv4() {
        assertThat(PeerAddress.key(peer("2001:db8:1:2:aaaa::1"))).isEqualTo(PeerAddress.key(peer("2001:db8:1:2::ffff:9")))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(PeerAddress.key(peer("2001:db8:1:3::1"))).isNotEqualTo(PeerAddress.key(peer("2001:db8:1:2::1")));
        assertThat(PeerAddress.key(peer("::ffff:192.0.2.7"))).isEqualTo(PeerAddress.key(peer("192.0.2.7")))
                .isEqualTo("192.0.2.7");

        ConnectionLimiter limiter = new ConnectionLimiter(100, 100, 2);
        limiter.admit(peer("2001:db8:1:2::1"));
        limiter.admit(peer("2001:db8:1:2::2"));
        assertThat(limiter.admit(peer("2001:db8:1:2::3")).refusal()).isEqualTo(ConnectionRefusal.PER_ADDRESS);
    }
}
