package dev.marquee.plugin.rtmp.restream;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * RTMPS through the JDK's TLS: one client context trusting the JDK's default trust store, and per connection
 * an {@link SslHandler} that sends the target's host name (SNI) and verifies the server's certificate is for
 * that name (endpoint identification "HTTPS": the name must match a subject alternative name).
 */
public final class RtmpsTls {

    private final SslContext context;

    public RtmpsTls() {
        try {
            context = SslContextBuilder.forClient().sslProvider(SslProvider.JDK).build();
        } catch (SSLException e) {
            throw new IllegalStateException("The JDK's TLS client cannot be set up", e);
        }
    }

    /** A handler for a connection to {@code host} (as the target's address names it) on {@code port}. */
    public SslHandler handler(ByteBufAllocator alloc, String host, int port) {
        SslHandler handler = context.newHandler(alloc, host, port);
        SSLEngine engine = handler.engine();
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        engine.setSSLParameters(parameters);
        return handler;
    }
}
