package dev.marquee.example.pretix;

import dev.marquee.platform.spi.outbound.OutboundAddresses;
import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Core's outbound client and address checks as the plugin sees them, answering from a function of the
 * request's URI; records what was sent. Hosts resolve as {@link #addresses} says (public by default).
 */
final class FakePretix implements OutboundHttp, OutboundAddresses {

    record Answer(int status, Map<String, String> headers, String body) {
        static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json"), body);
        }
    }

    final List<OutboundRequest> sent = new ArrayList<>();
    final Map<String, String> addresses = new HashMap<>();
    private Function<URI, Answer> server = uri -> new Answer(404, Map.of(), "");

    FakePretix serving(Function<URI, Answer> answers) {
        this.server = answers;
        return this;
    }

    static String resource(String name) {
        try (InputStream in = FakePretix.class.getResourceAsStream("/pretix/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public OutboundResponse send(OutboundRequest request) {
        sent.add(request);
        Answer answer = server.apply(request.uri());
        Map<String, List<String>> headers = new HashMap<>();
        answer.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return new OutboundResponse(answer.status(), headers,
                new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)), request.uri());
    }

    @Override
    public void check(URI uri) throws OutboundException {
        resolve(uri.getHost());
    }

    @Override
    public void check(String host) throws OutboundException {
        resolve(host);
    }

    @Override
    public List<InetAddress> resolve(String host) throws OutboundException {
        try {
            return List.of(InetAddress.getByName(addresses.getOrDefault(host, "93.184.215.14")));
        } catch (UnknownHostException e) {
            throw new OutboundException(OutboundException.Reason.UNREACHABLE, host + " is unknown");
        }
    }
}
