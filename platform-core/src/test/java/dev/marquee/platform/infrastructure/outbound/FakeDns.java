package dev.marquee.platform.infrastructure.outbound;

import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resolver that answers made-up names from a script, one answer per lookup (the last one repeats),
 * and IP literals as themselves: a name can point outside on one lookup and inside on the next.
 */
final class FakeDns implements DnsResolver {

    private final Map<String, Deque<String>> answers = new ConcurrentHashMap<>();
    final AtomicInteger lookups = new AtomicInteger();

    /** {@code host} resolves to each of {@code addresses} in turn. */
    FakeDns answer(String host, String... addresses) {
        answers.put(host, new ArrayDeque<>(List.of(addresses)));
        return this;
    }

    @Override
    public synchronized InetAddress[] resolve(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        Deque<String> script = answers.get(host);
        if (script == null) {
            if (Hosts.literal(host).isPresent()) {
                return new InetAddress[] {Hosts.literal(host).get()};
            }
            throw new UnknownHostException(host);
        }
        String next = script.size() > 1 ? script.poll() : script.peek();
        return new InetAddress[] {InetAddress.getByName(next)};
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
