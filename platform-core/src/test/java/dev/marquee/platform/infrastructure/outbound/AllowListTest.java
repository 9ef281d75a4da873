package dev.marquee.platform.infrastructure.outbound;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AllowListTest {

    private final List<String> invalid = new ArrayList<>();

    private AllowList allow(String... entries) {
        return AllowList.parse(List.of(entries), invalid::add);
    }

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void hostNamesMatchExactlyOrBySuffixInAnyCaseWithATrailingDot() {
        AllowList list = allow("exports.internal", "*.corp.example");
        assertThat(list.allowsHost("exports.internal")).isTrue();
        assertThat(list.allowsHost("EXPORTS.Internal.")).isTrue();
        assertThat(list.allowsHost("tickets.corp.example")).isTrue();
        assertThat(list.allowsHost("a.b.corp.example")).isTrue();
        assertThat(list.allowsHost("corp.example")).as("the apex is not a subdomain").isFalse();
        assertThat(list.allowsHost("evilcorp.example")).isFalse();
        assertThat(list.allowsHost("exports.internal.evil.example")).isFalse();
        assertThat(invalid).isEmpty();
    }

    @Test
    void addressesWrittenAsHostsNeverMatchAName() {
        AllowList list = allow("*.0.0.1", "*.1");
        assertThat(invalid).hasSize(2);
        assertThat(list.allowsHost("127.0.0.1")).isFalse();
        assertThat(list.allowsHost("2130706433")).isFalse();
    }

    @Test
    void addressesAndRangesMatchResolvedAddresses() throws Exception {
        AllowList list = allow("127.0.0.2", "10.20.0.0/16", "fd00:1::/32", " ", "[fd00:9::7]");
        assertThat(list.allowsAddress(ip("127.0.0.2"))).isTrue();
        assertThat(list.allowsAddress(ip("127.0.0.1"))).isFalse();
        assertThat(list.allowsAddress(ip("10.20.255.1"))).isTrue();
        assertThat(list.allowsAddress(ip("10.21.0.1"))).isFalse();
        assertThat(list.allowsAddress(ip("fd00:1:ffff::1"))).isTrue();
        assertThat(list.allowsAddress(ip("fd00:2::1"))).isFalse();
        assertThat(list.allowsAddress(ip("fd00:9::7"))).isTrue();
        assertThat(list.allowsAddress(ip("::ffff:10.20.0.5"))).as("IPv4-mapped").isTrue();
        assertThat(list.allowsAddress(ip("64:ff9b::10.20.0.5"))).as("NAT64 carrying an allowed IPv4").isTrue();
        assertThat(list.allowsHost("127.0.0.2")).as("addresses are not names").isFalse();
        assertThat(invalid).isEmpty();
    }

    @Test
    void saysWhatItAllows() {
        assertThat(allow("b.example", "*.corp.example", "10.0.0.0/8", "::1")).hasToString(
                "AllowList[b.example, *.corp.example, 10.0.0.0/8, 0:0:0:0:0:0:0:1/128]");
        assertThat(allow()).hasToString("AllowList[]");
    }

    @Test
    void oddPrefixesAreMaskedBitByBit() throws Exception {
        AllowList list = allow("172.16.0.0/12");
        assertThat(list.allowsAddress(ip("172.31.255.255"))).isTrue();
        assertThat(list.allowsAddress(ip("172.32.0.0"))).isFalse();
    }

    @Test
    void invalidEntriesAreReportedAndAllowNothing() throws Exception {
        AllowList list = allow("10.0.0.0/33", "10.0.0.0/x", "300.1.1.1/8", "not a host", "http://x.example/", "*");
        assertThat(invalid).hasSize(6);
        assertThat(list.allowsAddress(ip("10.0.0.1"))).isFalse();
        assertThat(list.allowsHost("x.example")).isFalse();
    }
}
