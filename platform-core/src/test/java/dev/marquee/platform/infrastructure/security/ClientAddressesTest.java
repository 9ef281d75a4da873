package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.spi.web.ClientAddressResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private final ClientAddresses behindNginx = new ClientAddresses(List.of("10.0.0.2", " 127.0.0.1 "));

    @Test
    void aTrustedProxysLastHopIsTheClient() {
        assertThat(behindNginx.of("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(behindNginx.of("10.0.0.2", "1.2.3.4, 203.0.113.9")).as("the first hop can be forged").isEqualTo("203.0.113.9");
    }

    @Test
    void anyoneElseIsTakenAtTheirPeerAddress() {
        assertThat(behindNginx.of("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
        assertThat(new ClientAddresses(List.of()).of("127.0.0.1", "203.0.113.9")).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("127.0.0.1", " , ")).isEqualTo("127.0.0.1");
    }

    @Test
    void pluginsGetTheSameAnswers() {
        ClientAddressResolver forPlugins = behindNginx;
        assertThat(forPlugins.clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(forPlugins.clientAddress("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
        assertThat(forPlugins.clientAddress(null, "203.0.113.9")).isNull();
    }
}
