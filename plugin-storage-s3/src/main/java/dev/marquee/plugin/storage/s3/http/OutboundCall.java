package dev.marquee.plugin.storage.s3.http;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundException.Reason;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One signed SDK request, sent once through {@link OutboundHttp}. Failures to reach a server that may
 * pass (no connection, no answer in time) are {@link IOException}s, which the SDK retries; a request the
 * outbound client refuses (an internal destination not allowed, an invalid URL or header, too many
 * redirects) is an {@link SdkClientException} caused by the {@link OutboundException}, which it does not
 * retry, as it can only fail the same way. Either way the message is the outbound client's own.
 *
 * <p><b>Threads.</b> {@link #call()} runs on the SDK's calling thread; {@link #abort()} may come from
 * another (the SDK's timeout), and drops the connection.
 */
final class OutboundCall implements ExecutableHttpRequest {

    /** Headers the outbound client sets itself, from the URI and the body: the values the SDK signed. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "expect", "connection",
            "transfer-encoding");

    private final OutboundHttp http;
    private final HttpExecuteRequest request;
    private final Duration timeout;
    private final long maxRequestBytes;
    private final long maxResponseBytes;
    private volatile boolean aborted;
    private volatile OutboundResponse response;

    OutboundCall(OutboundHttp http, HttpExecuteRequest request, Duration timeout, long maxRequestBytes,
                 long maxResponseBytes) {
        this.http = http;
        this.request = request;
        this.timeout = timeout;
        this.maxRequestBytes = maxRequestBytes;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public HttpExecuteResponse call() throws IOException {
        OutboundRequest outbound = outbound();
        if (aborted) {
            throw new IOException("The request was aborted");
        }
        OutboundResponse answer;
        try {
            answer = http.send(outbound);
        } catch (OutboundException e) {
            if (e.reason() == Reason.UNREACHABLE || e.reason() == Reason.TIMEOUT) {
                throw new IOException(e.getMessage(), e);
            }
            throw refused(e);
        }
        response = answer;
        if (aborted) {
            answer.close();
            throw new IOException("The request was aborted");
        }
        SdkHttpResponse head = SdkHttpResponse.builder().statusCode(answer.status()).headers(answer.headers()).build();
        return HttpExecuteResponse.builder().response(head)
                .responseBody(AbortableInputStream.create(answer.body(maxResponseBytes), this::abort)).build();
    }

    @Override
    public void abort() {
        aborted = true;
        OutboundResponse answer = response;
        if (answer != null) {
            try {
                answer.close();
            } catch (IOException e) {
                // the connection is dropped either way
            }
        }
    }

    private OutboundRequest outbound() throws IOException {
        SdkHttpRequest http = request.httpRequest();
        Map<String, String> headers = new LinkedHashMap<>();
        http.forEachHeader((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, String.join(",", values));
            }
        });
        Optional<String> declared = http.firstMatchingHeader("Content-Length");
        byte[] body = body(declared.isPresent());
        if (declared.isPresent() && body != null && !declared.get().trim().equals(Integer.toString(body.length))) {
            throw new IOException("The request body is " + body.length + " bytes, not the " + declared.get().trim()
                    + " signed");
        }
        try {
            return new OutboundRequest(http.method().name(), http.getUri(), headers, body, timeout);
        } catch (IllegalArgumentException e) {
            throw refused(new OutboundException(Reason.BAD_REQUEST, e.getMessage(), e));
        }
    }

    private static SdkClientException refused(OutboundException e) {
        return SdkClientException.builder().message(e.getMessage()).cause(e).build();
    }

    /** The body in memory; none without a content provider, unless a length (0) was declared. */
    private byte[] body(boolean lengthDeclared) throws IOException {
        Optional<ContentStreamProvider> content = request.contentStreamProvider();
        if (content.isEmpty()) {
            return lengthDeclared ? new byte[0] : null;
        }
        try (InputStream in = content.get().newStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(maxRequestBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxRequestBytes) {
                throw new IOException("The request body is larger than " + maxRequestBytes + " bytes");
            }
            return bytes;
        }
    }
}
