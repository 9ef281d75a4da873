package dev.marquee.platform.infrastructure.outbound;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the operator allows although inside ({@code marquee.outbound.allow}): host names, exactly or as
 * {@code *.suffix} (matched against the host the URL names, never against an address written as a
 * host), and IP addresses or CIDR ranges (matched against every resolved address).
 */
final class AllowList {

    static final AllowList NONE = new AllowList(Set.of(), List.of(), List.of());

    private final Set<String> names;
    private final List<String> suffixes;
    private final List<Cidr> ranges;

    private AllowList(Set<String> names, List<String> suffixes, List<Cidr> ranges) {
        this.names = Set.copyOf(names);
        this.suffixes = List.copyOf(suffixes);
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads the entries; one that is neither a host name, {@code *.suffix}, IP address nor CIDR range
     * is reported to {@code invalid} and left out (so a typo allows less, never more).
     */
    static AllowList parse(List<String> entries, Consumer<String> invalid) {
        List<String> exact = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        List<Cidr> ranges = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.contains("/") || Hosts.literal(entry).isPresent()) {
                try {
                    ranges.add(Cidr.parse(entry));
                } catch (IllegalArgumentException e) {
                    invalid.accept(entry + " (" + e.getMessage() + ")");
                }
            } else if (entry.startsWith("*.") && Hosts.isName(Hosts.normalize(entry.substring(2)))) {
                suffixes.add("." + Hosts.normalize(entry.substring(2)));
            } else if (Hosts.isName(Hosts.normalize(entry))) {
                exact.add(Hosts.normalize(entry));
            } else {
                invalid.accept(entry + " (neither a host name, *.suffix, IP address nor CIDR range)");
            }
        }
        return new AllowList(Set.copyOf(exact), suffixes, ranges);
    }

    /** Whether the host a URL names is allowed by name. */
    boolean allowsHost(String host) {
        String h = Hosts.normalize(host);
        return Hosts.isName(h) && (names.contains(h) || suffixes.stream().anyMatch(h::endsWith));
    }

    boolean allowsAddress(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    @Override
    public String toString() {
        return Stream.of(names.stream().sorted(), suffixes.stream().map(s -> "*" + s), ranges.stream().map(Cidr::toString))
                .flatMap(s -> s).collect(Collectors.joining(", ", "AllowList[", "]"));
    }
}
