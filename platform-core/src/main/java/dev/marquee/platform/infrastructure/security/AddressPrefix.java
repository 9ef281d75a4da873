package dev.marquee.platform.infrastructure.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The network an address belongs to, for limits that an attacker spreading over neighbouring
 * addresses still meets: an IPv4 address's /24, an IPv6 address's /56 (a typical customer prefix). Only
 * literal addresses are read; nothing is looked up.
 */
public final class AddressPrefix {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final int IPV6_PREFIX_BYTES = 7;

    private AddressPrefix() {
    }

    /** {@code 203.0.113.0/24} for {@code 203.0.113.9}; the /56 of an IPv6 literal; the input itself otherwise. */
    public static String of(String address) {
        if (address == null) {
            return "unknown";
        }
        var v4 = IPV4.matcher(address);
        if (v4.matches()) {
            return v4.group(1) + "." + v4.group(2) + "." + v4.group(3) + ".0/24";
        }
        if (address.indexOf(':') >= 0 && address.length() <= 45) {
            try {
                InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
                if (parsed instanceof Inet6Address) {
                    byte[] bytes = parsed.getAddress();
                    StringBuilder prefix = new StringBuilder();
                    for (int i = 0; i < IPV6_PREFIX_BYTES; i++) {
                        prefix.append(String.format("%02x", bytes[i]));
                    }
                    return prefix + "::/56";
                }
                return parsed.getHostAddress() + "/32";
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return address;
    }
}
