package dev.marquee.platform.spi.outbound;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundAddressesTest {

    /** Resolves made-up names to fixed addresses; "refused.test" is refused, "gone.test" cannot be found. */
    private static final OutboundAddresses ADDRESSES = new OutboundAddresses() {
        private final Map<String, List<String>> names = Map.of(
                "tickets.internal", List.of("10.0.0.7", "fd12:3456::7"),
                "split.test", List.of("10.0.0.7", "203.0.113.9"),
                "none.test", List.of());

        @Override
        public List<InetAddress> resolve(String host) throws OutboundException {
            if (host.equals("refused.test")) {
                throw new OutboundException(OutboundException.Reason.REFUSED, "refused.test is internal");
            }
            if (host.equals("gone.test")) {
                throw new OutboundException(OutboundException.Reason.UNREACHABLE, "gone.test cannot be found");
            }
            List<InetAddress> found = new ArrayList<>();
            for (String literal : names.getOrDefault(host, List.of(host))) {
                try {
                    found.add(InetAddress.getByName(literal));
                } catch (UnknownHostException e) {
                    throw new AssertionError(e);
                }
            }
            return found;
        }

        @Override
        public void check(String host) {
        }
    };

    @Test
    void aHostWhoseEveryAddressIsInternalStaysInside() {
        for (String host : List.of("127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "fe80::1", "fd00::1", "100.64.0.1", "100.127.255.254", "tickets.internal")) {
            assertThat(ADDRESSES.staysInside(host)).as(host).isTrue();
        }
    }

    @Test
    void aPublicAddressAnywhereOrNoAnswerLeavesIt() {
        for (String host : List.of("203.0.113.9", "8.8.8.8", "2001:db8::1", "100.128.0.1", "100.63.255.255",
                "split.test", "none.test", "refused.test", "gone.test")) {
            assertThat(ADDRESSES.staysInside(host)).as(host).isFalse();
        }
    }
}
