package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedAddressesTest {

    private static GuardedDnsResolver resolver(FakeDns dns, String... allowed) {
        return new GuardedDnsResolver(dns, new DestinationPolicy(AllowList.parse(List.of(allowed), e -> { })));
    }

    @Test
    void aPublicHostResolvesToTheAddressesThatWereChecked() throws Exception {
        var found = GuardedAddresses.resolve(resolver(new FakeDns().answer("live.example.com", "203.0.114.7")),
                "live.example.com");
        assertThat(found).extracting(a -> a.getHostAddress()).containsExactly("203.0.114.7");
        assertThat(found.get(0).getHostName()).as("the name is kept for TLS").isEqualTo("live.example.com");
    }

    @Test
    void loopbackAndNamesPointingInsideAreRefusedWithHowToAllowThem() {
        FakeDns dns = new FakeDns().answer("inside.example.com", "10.1.2.3");
        for (String host : List.of("127.0.0.1", "[::ffff:127.0.0.1]", "inside.example.com", "169.254.169.254")) {
            assertThatThrownBy(() -> GuardedAddresses.resolve(resolver(dns), host)).as(host)
                    .isInstanceOfSatisfying(OutboundException.class,
                            e -> assertThat(e.reason()).isEqualTo(OutboundException.Reason.REFUSED))
                    .hasMessageContaining("marquee.outbound.allow");
        }
    }

    @Test
    void anAllowedAddressPassesAndAnUnknownHostIsUnreachable() throws Exception {
        assertThat(GuardedAddresses.resolve(resolver(new FakeDns(), "127.0.0.1"), "127.0.0.1")).hasSize(1);
        assertThatThrownBy(() -> GuardedAddresses.resolve(resolver(new FakeDns()), "nowhere.example.com"))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.reason()).isEqualTo(OutboundException.Reason.UNREACHABLE));
    }
}
