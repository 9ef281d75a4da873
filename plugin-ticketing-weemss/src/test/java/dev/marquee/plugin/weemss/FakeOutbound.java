package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Core's outbound client as the plugin sees it: records what is asked, answers or refuses as told. */
final class FakeOutbound implements OutboundHttp {

    final List<URI> checked = new ArrayList<>();
    final List<OutboundRequest> sent = new ArrayList<>();
    private String refusal;
    private OutboundResponse answer;

    void refuse(String message) {
        this.refusal = message;
    }

    void answer(int status, Map<String, String> headers, String body) {
        Map<String, List<String>> all = new java.util.HashMap<>();
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        answer = new OutboundResponse(status, all, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                URI.create("https://shop.example/x"));
    }

    @Override
    public OutboundResponse send(OutboundRequest request) throws OutboundException {
        sent.add(request);
        if (refusal != null) {
            throw new OutboundException(OutboundException.Reason.REFUSED, refusal);
        }
        return answer;
    }

    @Override
    public void check(URI uri) throws OutboundException {
        checked.add(uri);
        if (refusal != null) {
            throw new OutboundException(OutboundException.Reason.REFUSED, refusal);
        }
    }
}
