package dev.marquee.plugin.storage.s3.http;

import dev.marquee.platform.spi.outbound.OutboundHttp;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

import java.time.Duration;
import java.util.Objects;

/**
 * The SDK's synchronous HTTP client, sending through core's {@link OutboundHttp}. The SDK signs a
 * request before handing it over; the guarded client then sets {@code Host} and {@code Content-Length}
 * from the URI and the body, which are the values signed, and the headers it manages itself are left out
 * (the signer ignores {@code Expect}, {@code Connection} and the like).
 *
 * <p><b>Lifecycle and threads.</b> Thread-safe and stateless beyond its limits; {@link #close()} does
 * nothing, as the outbound client belongs to core.
 */
public final class OutboundSdkHttpClient implements SdkHttpClient {

    private final OutboundHttp http;
    private final Duration timeout;
    private final long maxRequestBytes;
    private final long maxResponseBytes;

    /**
     * @param timeout the longest wait at each step (connecting, the response head, each read of the body)
     * @param maxRequestBytes the largest body sent (bodies are held in memory)
     * @param maxResponseBytes the largest body read; a read past it fails
     */
    public OutboundSdkHttpClient(OutboundHttp http, Duration timeout, long maxRequestBytes, long maxResponseBytes) {
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.maxRequestBytes = maxRequestBytes;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new OutboundCall(http, request, timeout, maxRequestBytes, maxResponseBytes);
    }

    @Override
    public String clientName() {
        return "MarqueeOutbound";
    }

    @Override
    public void close() {
        // the outbound client is core's, and outlives this one
    }
}
