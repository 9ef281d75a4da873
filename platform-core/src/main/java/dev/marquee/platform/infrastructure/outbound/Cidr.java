package dev.marquee.platform.infrastructure.outbound;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A range of addresses such as {@code 10.20.0.0/16} or {@code fd00::/8}. An IPv4 range also holds IPv6
 * addresses that carry an IPv4 address inside it (see {@link AddressRules#embeddedIpv4}).
 */
record Cidr(byte[] network, int prefix) {

    Cidr {
        network = network.clone();
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("prefix length out of range");
        }
    }

    /** Parses {@code address/prefix} or a single address; the address must be an IP literal. */
    static Cidr parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("more than one '/'");
        }
        byte[] bytes = Hosts.literal(parts[0]).orElseThrow(() -> new IllegalArgumentException("not an IP address"))
                .getAddress();
        int prefix;
        try {
            prefix = parts.length == 1 ? bytes.length * 8 : Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the prefix length is not a number");
        }
        return new Cidr(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            bytes = network.length == 4 ? AddressRules.embeddedIpv4(bytes).orElse(null) : null;
            if (bytes == null) {
                return false;
            }
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
