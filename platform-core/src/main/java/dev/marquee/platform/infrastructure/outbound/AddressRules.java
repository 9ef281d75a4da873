package dev.marquee.platform.infrastructure.outbound;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Sorts IP addresses by their bytes, never by how they were written. IPv6 addresses that carry an IPv4
 * address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, IPv4-translated
 * {@code ::ffff:0:a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32})
 * are judged by that IPv4 address. IPv6 outside global unicast ({@code 2000::/3}) counts as reserved.
 */
final class AddressRules {

    private AddressRules() {
    }

    static AddressKind classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ipv4(bytes) : ipv6(bytes);
    }

    /** The IPv4 address an IPv6 address carries, if it is one of the forms that carry one. */
    static Optional<byte[]> embeddedIpv4(byte[] v6) {
        if (v6.length != 16) {
            return Optional.empty();
        }
        int[] w = words(v6);
        boolean zero80 = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0;
        if (zero80 && (w[5] == 0xFFFF || w[5] == 0) && !(w[5] == 0 && w[6] == 0)) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16)); // mapped, or compatible (not :: and ::1)
        }
        if (w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0xFFFF && w[5] == 0) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16)); // IPv4-translated
        }
        if (w[0] == 0x64 && w[1] == 0xFF9B && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16)); // NAT64 well-known prefix
        }
        if (w[0] == 0x2002) {
            return Optional.of(Arrays.copyOfRange(v6, 2, 6)); // 6to4
        }
        if (w[0] == 0x2001 && w[1] == 0) {
            byte[] client = Arrays.copyOfRange(v6, 12, 16); // Teredo: the client's address, inverted
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~client[i];
            }
            return Optional.of(client);
        }
        return Optional.empty();
    }

    private static AddressKind ipv4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) {
            return AddressKind.UNSPECIFIED;
        }
        if (a0 == 127) {
            return AddressKind.LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
            return AddressKind.PRIVATE;
        }
        if (a0 == 169 && a1 == 254) {
            return AddressKind.LINK_LOCAL;
        }
        if (a0 == 100 && (a1 & 0xC0) == 64) {
            return AddressKind.SHARED;
        }
        if ((a0 & 0xF0) == 224) {
            return AddressKind.MULTICAST;
        }
        if ((a0 & 0xF0) == 240                                           // reserved, and 255.255.255.255
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))        // protocol assignments, documentation
                || (a0 == 192 && a1 == 88 && a2 == 99)                   // 6to4 relay anycast
                || (a0 == 198 && (a1 & 0xFE) == 18)                      // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return AddressKind.RESERVED;
        }
        return AddressKind.PUBLIC;
    }

    private static AddressKind ipv6(byte[] b) {
        int[] w = words(b);
        boolean zero96 = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0;
        if (zero96 && w[6] == 0 && w[7] == 0) {
            return AddressKind.UNSPECIFIED;
        }
        if (zero96 && w[6] == 0 && w[7] == 1) {
            return AddressKind.LOOPBACK;
        }
        Optional<byte[]> v4 = embeddedIpv4(b);
        if (v4.isPresent()) {
            return ipv4(v4.get());
        }
        if ((w[0] & 0xFF00) == 0xFF00) {
            return AddressKind.MULTICAST;
        }
        if ((w[0] & 0xFFC0) == 0xFE80) {
            return AddressKind.LINK_LOCAL;
        }
        if ((w[0] & 0xFE00) == 0xFC00 || (w[0] & 0xFFC0) == 0xFEC0 || (w[0] == 0x64 && w[1] == 0xFF9B && w[2] == 1)) {
            return AddressKind.PRIVATE; // unique local, site-local, local-use NAT64
        }
        if ((w[0] & 0xE000) != 0x2000 || (w[0] == 0x2001 && w[1] == 0x0DB8)) {
            return AddressKind.RESERVED; // outside global unicast, documentation
        }
        return AddressKind.PUBLIC;
    }

    private static int[] words(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
        }
        return w;
    }
}
