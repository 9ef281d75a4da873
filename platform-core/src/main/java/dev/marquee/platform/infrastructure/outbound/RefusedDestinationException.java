package dev.marquee.platform.infrastructure.outbound;

import java.net.UnknownHostException;

/**
 * A host whose address may not be reached. An {@link UnknownHostException} because that is what
 * HttpClient's resolver may throw, and because to Marquee the host has no usable address; HttpClient
 * never retries one. Its message is for the log; {@link OutboundErrors} words it for people.
 */
final class RefusedDestinationException extends UnknownHostException {

    private final String host;
    private final AddressKind kind;

    RefusedDestinationException(String host, AddressKind kind) {
        super(host + " is " + kind.description() + ", which outbound requests may not reach");
        this.host = host;
        this.kind = kind;
    }

    /** The host as the URL named it (normalized). */
    String host() {
        return host;
    }

    AddressKind kind() {
        return kind;
    }
}
