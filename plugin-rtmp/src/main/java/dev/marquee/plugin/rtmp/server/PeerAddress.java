package dev.marquee.plugin.rtmp.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The "address" a per-address limit counts: an IPv4 address, or the /64 network of an IPv6 address
 * (one host usually has a whole /64, so counting single IPv6 addresses would limit nothing). An
 * IPv4-mapped IPv6 address counts as its IPv4 address. The TCP peer is taken as it is: nothing in
 * front of the RTMP port rewrites it (no PROXY protocol).
 */
final class PeerAddress {

    private static final int IPV6_PREFIX_BYTES = 8;

    private PeerAddress() {
    }

    /** A stable key for the peer's address group, also fit for a log line. */
    static String key(SocketAddress remote) {
        if (!(remote instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return String.valueOf(remote);
        }
        InetAddress address = inet.getAddress();
        byte[] bytes = address.getAddress();
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        if (isIpv4Mapped(bytes)) {
            return (bytes[12] & 0xFF) + "." + (bytes[13] & 0xFF) + "." + (bytes[14] & 0xFF) + "." + (bytes[15] & 0xFF);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < IPV6_PREFIX_BYTES; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
    }
}
