package dev.marquee.platform.infrastructure.outbound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class AddressRulesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "::1, LOOPBACK",
            "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED", "::, UNSPECIFIED",
            "10.0.0.1, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE", "fec0::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL", "febf::1, LINK_LOCAL",
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
            "100.64.0.1, SHARED", "100.127.255.255, SHARED",
            "240.0.0.1, RESERVED", "255.255.255.255, RESERVED", "192.0.2.1, RESERVED", "198.18.0.1, RESERVED",
            "2001:db8::1, RESERVED", "100::1, RESERVED",
            // IPv6 forms carrying an IPv4 address are judged by it
            "::ffff:127.0.0.1, LOOPBACK", "::ffff:7f00:1, LOOPBACK", "::127.0.0.1, LOOPBACK",
            "::ffff:0:169.254.169.254, LINK_LOCAL", "64:ff9b::10.0.0.1, PRIVATE", "64:ff9b::8.8.8.8, PUBLIC",
            "64:ff9b:1::1, PRIVATE", "2002:7f00:1::, LOOPBACK", "2002:a9fe:a9fe::1, LINK_LOCAL",
            "2001:0:4136:e378:8000:63bf:80ff:fffe, LOOPBACK",
            "8.8.8.8, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC", "11.0.0.1, PUBLIC",
            "2606:4700:4700::1111, PUBLIC", "2002:808:808::1, PUBLIC"})
    void sortsAddressesByTheirBytes(String literal, AddressKind kind) throws Exception {
        assertThat(AddressRules.classify(InetAddress.getByName(literal))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} is loopback")
    @CsvSource({"2130706433", "127.1", "127.000.000.001", "127.0.1"})
    void everySpellingJavaAcceptsEndsAtTheSameBytes(String spelling) throws Exception {
        InetAddress address;
        try {
            address = InetAddress.getByName(spelling);
        } catch (java.net.UnknownHostException e) {
            return; // not an address to Java: it would go to DNS, and its answer is judged like any other
        }
        assertThat(AddressRules.classify(address)).isIn(AddressKind.LOOPBACK);
    }
}
