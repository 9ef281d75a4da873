package dev.marquee.platform.infrastructure.outbound;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundException.Reason;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import org.apache.hc.client5.http.ConnectTimeoutException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Words failures for people. A message names the host of the request's own URI (the organizer wrote it),
 * but for a redirect only says "the address it redirected to": that came from a foreign server, and
 * nothing a foreign server sent is repeated. Library messages are never passed on.
 */
final class OutboundErrors {

    static final String HOW_TO_ALLOW = "Marquee sends no requests to internal addresses unless an operator allows "
            + "the host in " + OutboundHttp.ALLOW_KEY;

    private OutboundErrors() {
    }

    static OutboundException refused(RefusedDestinationException e, int hop) {
        String what;
        if (hop > 0) {
            what = "a redirect (hop " + hop + ") leads to " + e.kind().description();
        } else if (Hosts.isName(e.host())) {
            what = e.host() + " resolves to " + e.kind().description();
        } else {
            what = e.host() + " is " + e.kind().description();
        }
        return new OutboundException(Reason.REFUSED, what + "; " + HOW_TO_ALLOW, e);
    }

    static OutboundException translate(IOException e, URI uri, int hop, Duration timeout) {
        RefusedDestinationException refused = find(e, RefusedDestinationException.class);
        if (refused != null) {
            return refused(refused, hop);
        }
        String where = hop == 0 ? uri.getHost() : "the address redirected to (hop " + hop + ")";
        if (e instanceof ConnectTimeoutException) {
            return new OutboundException(Reason.TIMEOUT, "could not connect to " + where + " in time", e);
        }
        if (e instanceof SocketTimeoutException) {
            return new OutboundException(Reason.TIMEOUT, where + " did not answer within " + seconds(timeout), e);
        }
        if (e instanceof InterruptedIOException) {
            return new OutboundException(Reason.TIMEOUT, "the request to " + where + " was interrupted", e);
        }
        if (e instanceof UnknownHostException) {
            return new OutboundException(Reason.UNREACHABLE, where + " cannot be found (unknown host)", e);
        }
        if (e instanceof NoRouteToHostException) {
            return new OutboundException(Reason.UNREACHABLE, "there is no route to " + where, e);
        }
        if (e instanceof ConnectException) {
            return new OutboundException(Reason.UNREACHABLE, where + " refused the connection", e);
        }
        if (find(e, SSLException.class) != null) {
            return new OutboundException(Reason.UNREACHABLE, "the secure connection (TLS) to " + where + " failed", e);
        }
        if (e instanceof org.apache.hc.client5.http.ClientProtocolException) {
            return new OutboundException(Reason.UNREACHABLE, where + " did not answer with valid HTTP", e);
        }
        return new OutboundException(Reason.UNREACHABLE, "the connection to " + where + " failed", e);
    }

    private static String seconds(Duration timeout) {
        long s = timeout.toSeconds();
        return s == 0 ? timeout.toMillis() + " ms" : s == 1 ? "1 second" : s + " seconds";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
