package dev.marquee.platform.infrastructure.outbound;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether an address may be connected to for a URL naming {@code host}: a public address
 * always, an internal one only when the operator allows the host by name or the address by IP or range.
 * Immutable and thread-safe.
 */
final class DestinationPolicy {

    private final AllowList allow;

    DestinationPolicy(AllowList allow) {
        this.allow = allow;
    }

    /** Why the address is refused; empty when it may be reached. */
    Optional<AddressKind> refusal(String host, InetAddress address) {
        AddressKind kind = AddressRules.classify(address);
        if (kind == AddressKind.PUBLIC || allow.allowsAddress(address) || (host != null && allow.allowsHost(host))) {
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    @Override
    public String toString() {
        return "DestinationPolicy[" + allow + "]";
    }
}
