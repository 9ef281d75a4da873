package dev.marquee.platform.infrastructure.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Host names as the allow list compares them, and IP literals parsed without asking DNS. */
final class Hosts {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");

    private Hosts() {
    }

    /** Lower case, without IPv6 brackets and without a trailing dot. */
    static String normalize(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /**
     * Whether a (normalized) host is a DNS name that a name pattern may match: not an address in any
     * spelling. A last label of digits only is never a name (no top-level domain is numeric), which
     * rules out {@code 127.0.0.1}, {@code 127.1} and {@code 2130706433} alike.
     */
    static boolean isName(String host) {
        if (host.isEmpty() || host.contains(":") || !NAME.matcher(host).matches()) {
            return false;
        }
        String last = host.substring(host.lastIndexOf('.') + 1);
        return !last.chars().allMatch(Character::isDigit);
    }

    /** The address a dotted-quad IPv4 or an IPv6 literal (with or without brackets) stands for; never a DNS lookup. */
    static Optional<InetAddress> literal(String text) {
        String t = normalize(text);
        try {
            if (DOTTED_QUAD.matcher(t).matches()) {
                for (String part : t.split("\\.")) {
                    if (Integer.parseInt(part) > 255) {
                        return Optional.empty();
                    }
                }
                return Optional.of(InetAddress.getByName(t));
            }
            if (t.contains(":")) {
                return Optional.of(InetAddress.getByName("[" + t + "]"));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
