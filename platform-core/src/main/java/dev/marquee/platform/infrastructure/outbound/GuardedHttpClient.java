package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundException.Reason;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link OutboundHttp} on Apache HttpClient 5: a pooled client whose resolver and sockets enforce a
 * {@link DestinationPolicy}, with the library's redirect handling, retries, cookies and proxies off.
 * Redirects are followed here, one checked hop at a time. Thread-safe.
 */
final class GuardedHttpClient implements OutboundHttp, Closeable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final GuardedDnsResolver resolver;
    private final CloseableHttpClient client;

    /** @param lookup how host names are resolved (the system's resolver in production, a fake in tests) */
    GuardedHttpClient(DestinationPolicy policy, DnsResolver lookup) {
        this.resolver = new GuardedDnsResolver(lookup, policy);
        var tls = RegistryBuilder.<TlsSocketStrategy>create()
                .register("https", DefaultClientTlsStrategy.createSystemDefault()).build();
        var operator = new DefaultHttpClientConnectionOperator(new GuardedSocketFactory(policy),
                DefaultSchemePortResolver.INSTANCE, resolver, tls);
        var pool = new PoolingHttpClientConnectionManager(operator, PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO,
                TimeValue.ofMinutes(5), null);
        pool.setMaxTotal(50);
        pool.setDefaultMaxPerRoute(10);
        pool.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                .setValidateAfterInactivity(TimeValue.ofSeconds(2)).build());
        this.client = HttpClients.custom().setConnectionManager(pool).disableRedirectHandling()
                .disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .evictIdleConnections(TimeValue.ofMinutes(1)).setUserAgent("Marquee").build();
    }

    @Override
    public OutboundResponse send(OutboundRequest request) throws OutboundException {
        URI uri = target(request.uri());
        String origin = origin(uri);
        String method = request.method();
        byte[] body = request.body();
        Map<String, String> headers = request.headers();
        for (int hop = 0; ; hop++) {
            ClassicHttpResponse response = execute(method, uri, headers, body, request.timeout(), hop);
            Header location = response.getFirstHeader("Location");
            if (!REDIRECTS.contains(response.getCode()) || location == null) {
                return wrap(response, uri);
            }
            int status = response.getCode();
            closeQuietly(response);
            if (hop == MAX_REDIRECTS) {
                throw new OutboundException(Reason.TOO_MANY_REDIRECTS, request.uri().getHost() + " redirected more than "
                        + MAX_REDIRECTS + " times");
            }
            uri = next(uri, location.getValue(), hop + 1);
            if (status == 303 || (status <= 302 && !"GET".equals(method) && !"HEAD".equals(method))) {
                method = "HEAD".equals(method) ? "HEAD" : "GET";
                body = null;
                headers = without(headers, "Content-Type");
            }
            if (!origin(uri).equals(origin)) {
                headers = Map.of(); // the caller's headers (an API key) stay with the origin they were meant for
            }
        }
    }

    @Override
    public void check(URI uri) throws OutboundException {
        URI target = target(uri);
        try {
            resolver.resolve(target.getHost());
        } catch (RefusedDestinationException e) {
            throw OutboundErrors.refused(e, 0);
        } catch (UnknownHostException e) {
            // not resolvable now: every request resolves and checks again
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    private ClassicHttpResponse execute(String method, URI uri, Map<String, String> headers, byte[] body,
                                        Duration timeout, int hop) throws OutboundException {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(method, uri);
        headers.forEach(request::addHeader);
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, null));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(CONNECT_TIMEOUT)).build());
        try {
            return client.executeOpen(null, request, context);
        } catch (IOException e) {
            throw OutboundErrors.translate(e, uri, hop, timeout);
        }
    }

    /** Where a redirect leads, resolved against the URI that sent it and held to the same rules. */
    private static URI next(URI from, String location, int hop) throws OutboundException {
        try {
            return target(from.resolve(new URI(location.trim())));
        } catch (URISyntaxException | IllegalArgumentException | OutboundException e) {
            throw new OutboundException(Reason.BAD_REQUEST, "redirect " + hop + " does not lead to a valid http or "
                    + "https URL", e);
        }
    }

    /** The URI without its fragment, if it is an absolute http or https URL with a host and no user info. */
    private static URI target(URI uri) throws OutboundException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OutboundException(Reason.BAD_REQUEST, "only http and https URLs are supported");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new OutboundException(Reason.BAD_REQUEST, "the URL names no valid host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new OutboundException(Reason.BAD_REQUEST, "the URL may not hold a user name or password; send "
                    + "credentials in a header");
        }
        return URI.create(scheme + ":" + uri.getRawSchemeSpecificPart()); // lower-case scheme, no fragment
    }

    /** Scheme, host and port (the default port written out), in lower case. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + Hosts.normalize(uri.getHost()) + ":" + port;
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.keySet().removeIf(name::equalsIgnoreCase);
        return out;
    }

    private static OutboundResponse wrap(ClassicHttpResponse response, URI uri) throws OutboundException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
        }
        HttpEntity entity = response.getEntity();
        InputStream content;
        try {
            content = entity == null ? InputStream.nullInputStream() : entity.getContent();
        } catch (IOException e) {
            closeQuietly(response);
            throw new OutboundException(Reason.UNREACHABLE, "the response of " + uri.getHost() + " cannot be read", e);
        }
        // Closing the response drops a connection whose body was not read to its end instead of draining it.
        InputStream body = new FilterInputStream(content) {
            @Override
            public void close() throws IOException {
                response.close();
            }
        };
        return new OutboundResponse(response.getCode(), headers, body, uri);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }
}
