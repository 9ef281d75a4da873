package dev.marquee.plugin.storage.s3.http;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundException.Reason;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How one SDK request becomes an outbound request, and how answers and failures come back. */
class OutboundCallTest {

    /** Core's client as the adapter sees it: notes the request, then answers or fails as told. */
    private static final class Scripted implements OutboundHttp {
        OutboundRequest sent;
        OutboundException failure;
        byte[] answer = new byte[0];
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public OutboundResponse send(OutboundRequest request) throws OutboundException {
            sent = request;
            if (failure != null) {
                throw failure;
            }
            InputStream body = new ByteArrayInputStream(answer) {
                @Override
                public void close() {
                    closed.set(true);
                }
            };
            return new OutboundResponse(200, Map.of("Content-Length", List.of(Integer.toString(answer.length)),
                    "ETag", List.of("\"e\"")), body, request.uri());
        }

        @Override
        public void check(URI uri) {
        }
    }

    private final Scripted http = new Scripted();
    private final OutboundSdkHttpClient client = new OutboundSdkHttpClient(http, Duration.ofSeconds(7), 16, 16);

    private static HttpExecuteRequest put(String body, String declaredLength) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT).protocol("http").host("127.0.0.1")
                .port(9000).encodedPath("/bucket/42/0.m4s").putRawQueryParameter("x-id", "PutObject")
                .putHeader("Host", "127.0.0.1:9000").putHeader("Content-Length", declaredLength)
                .putHeader("Expect", "100-continue").putHeader("X-Amz-Date", "20260101T000000Z")
                .putHeader("X-Listed", List.of("a", "b")).build();
        return HttpExecuteRequest.builder().request(request)
                .contentStreamProvider(ContentStreamProvider.fromUtf8String(body)).build();
    }

    @Test
    void theSignedRequestGoesOutWithoutTheHeadersTheClientSetsItself() throws IOException {
        http.answer = "ok".getBytes(StandardCharsets.UTF_8);
        HttpExecuteResponse response = client.prepareRequest(put("abc", "3")).call();

        assertThat(http.sent.method()).isEqualTo("PUT");
        assertThat(http.sent.uri()).isEqualTo(URI.create("http://127.0.0.1:9000/bucket/42/0.m4s?x-id=PutObject"));
        assertThat(http.sent.headers()).containsOnlyKeys("X-Amz-Date", "X-Listed").containsEntry("X-Listed", "a,b");
        assertThat(http.sent.body()).asString(StandardCharsets.UTF_8).isEqualTo("abc");
        assertThat(http.sent.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(response.httpResponse().statusCode()).isEqualTo(200);
        assertThat(response.httpResponse().firstMatchingHeader("etag")).contains("\"e\"");
        assertThat(response.responseBody().orElseThrow().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("ok");
    }

    @Test
    void aBodyOverTheLimitOrUnlikeItsSignedLengthIsNotSent() {
        assertThatThrownBy(() -> client.prepareRequest(put("seventeen bytes!!", "17")).call())
                .isInstanceOf(IOException.class).hasMessage("The request body is larger than 16 bytes");
        assertThatThrownBy(() -> client.prepareRequest(put("abc", "4")).call())
                .isInstanceOf(IOException.class).hasMessage("The request body is 3 bytes, not the 4 signed");
        assertThat(http.sent).isNull();
    }

    @Test
    void aResponseOverTheLimitFailsWhenRead() throws IOException {
        http.answer = new byte[17];
        InputStream body = client.prepareRequest(put("abc", "3")).call().responseBody().orElseThrow();
        assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("larger than 16 bytes");
    }

    @Test
    void aRefusalIsNotRetryableButAnUnreachableServerIs() {
        http.failure = new OutboundException(Reason.REFUSED, "127.0.0.1 is a loopback address; ...");
        assertThatThrownBy(() -> client.prepareRequest(put("abc", "3")).call()).isInstanceOf(SdkClientException.class)
                .hasMessage("127.0.0.1 is a loopback address; ...").hasCause(http.failure);

        http.failure = new OutboundException(Reason.UNREACHABLE, "127.0.0.1 refused the connection");
        assertThatThrownBy(() -> client.prepareRequest(put("abc", "3")).call()).isInstanceOf(IOException.class)
                .hasMessage("127.0.0.1 refused the connection").hasCause(http.failure);
    }

    @Test
    void abortingDropsTheResponse() throws IOException {
        http.answer = "partial".getBytes(StandardCharsets.UTF_8);
        var call = client.prepareRequest(put("abc", "3"));
        call.call();
        call.abort();
        assertThat(http.closed).isTrue();
    }
}
