package dev.marquee.plugin.rtmp.restream;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslHandler;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLEngine;

import static org.assertj.core.api.Assertions.assertThat;

/** RTMPS connections verify the server's certificate against the target's host name and send it as SNI. */
class RtmpsTlsTest {

    @Test
    void theEngineIsAJdkClientThatChecksTheHostName() {
        SslHandler handler = new RtmpsTls().handler(ByteBufAllocator.DEFAULT, "live-api-s.facebook.com", 443);
        SSLEngine engine = handler.engine();
        assertThat(engine.getUseClientMode()).isTrue();
        assertThat(engine.getClass().getName()).as("the JDK's TLS").doesNotContain("OpenSsl");
        assertThat(engine.getSSLParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
        assertThat(engine.getPeerHost()).isEqualTo("live-api-s.facebook.com");
        assertThat(engine.getSSLParameters().getServerNames()).contains(new SNIHostName("live-api-s.facebook.com"));
    }
}
