package dev.marquee.plugin.storage.s3;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes every request on to a real outbound client and notes it ("POST /bucket?delete"). */
final class CountingOutbound implements OutboundHttp {

    private final OutboundHttp delegate;
    final List<String> sent = new CopyOnWriteArrayList<>();

    CountingOutbound(OutboundHttp delegate) {
        this.delegate = delegate;
    }

    long count(String prefix) {
        return sent.stream().filter(line -> line.startsWith(prefix)).count();
    }

    @Override
    public OutboundResponse send(OutboundRequest request) throws OutboundException {
        URI uri = request.uri();
        sent.add(request.method() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        return delegate.send(request);
    }

    @Override
    public void check(URI uri) throws OutboundException {
        delegate.check(uri);
    }
}
