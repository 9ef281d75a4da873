package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.spi.web.ClientAddressResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request really comes from, for limits per address and guest bans. Behind a load
 * balancer every request comes from the balancer, so when the peer is one of
 * {@code marquee.http.trusted-proxies} (addresses, comma-separated; none by default) the address the
 * balancer appended to {@code X-Forwarded-For} counts instead: the last entry, the only one a client
 * cannot forge. Plugins reach it as {@link ClientAddressResolver}.
 */
@ApplicationScoped
public class ClientAddresses implements ClientAddressResolver {

    @Inject
    @ConfigProperty(name = "marquee.http.trusted-proxies")
    Optional<String> trustedProxies;

    private volatile Set<String> trusted;

    public ClientAddresses() {
    }

    /** For tests: trusting these proxies. */
    public ClientAddresses(List<String> proxies) {
        this.trustedProxies = Optional.of(String.join(",", proxies));
    }

    /** The client's address: the peer's, or what a trusted proxy says it forwarded from. */
    public String of(String peer, String forwardedFor) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !trusted().contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 45 ? peer : last;
    }

    @Override
    public String clientAddress(String peer, String forwardedFor) {
        return of(peer, forwardedFor);
    }

    private Set<String> trusted() {
        Set<String> t = trusted;
        if (t == null) {
            t = Arrays.stream(trustedProxies.orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            trusted = t;
        }
        return t;
    }
}
