package dev.marquee.platform.infrastructure.outbound;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The last line of defence on its own: whatever resolved an address, a socket connects only where the
 * policy allows, judged for the host name the address carries.
 */
class GuardedSocketFactoryTest {

    private static GuardedSocketFactory factory(String... allowed) {
        return new GuardedSocketFactory(new DestinationPolicy(AllowList.parse(List.of(allowed), e -> { })));
    }

    @Test
    void aSocketRefusesAnInternalAddressBeforeConnecting() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             Socket socket = factory().create(null)) {
            InetSocketAddress target = new InetSocketAddress(InetAddress.getByAddress("exports.example",
                    new byte[] {127, 0, 0, 1}), listener.getLocalPort());
            assertThatThrownBy(() -> socket.connect(target, 1000)).isInstanceOf(RefusedDestinationException.class)
                    .hasMessageContaining("exports.example is a loopback address");
            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).as("nothing connected").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aSocketConnectsWhereTheHostItCarriesIsAllowed() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             Socket socket = factory("exports.internal").create(null)) {
            socket.connect(new InetSocketAddress(InetAddress.getByAddress("exports.internal", new byte[] {127, 0, 0, 1}),
                    listener.getLocalPort()), 1000);
            assertThat(socket.isConnected()).isTrue();
        }
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             Socket socket = factory("exports.internal").create(null)) {
            InetSocketAddress literal = new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                    listener.getLocalPort());
            assertThatThrownBy(() -> socket.connect(literal)).isInstanceOf(RefusedDestinationException.class);
        }
    }
}
