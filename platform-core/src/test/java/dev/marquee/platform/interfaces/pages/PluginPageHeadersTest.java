package dev.marquee.platform.interfaces.pages;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class PluginPageHeadersTest {

    @Test
    void aPageMayLoadOnlyFromItsOwnPathAndMarqueesAssets() {
        String policy = PluginPageHeaders.pagePolicy("live.example.org:8443", "", "notes");
        assertThat(policy).startsWith("default-src 'none'; ")
                .contains("script-src live.example.org:8443/p/notes/ live.example.org:8443/assets/;")
                .contains("style-src live.example.org:8443/p/notes/ live.example.org:8443/assets/;")
                .contains("connect-src 'self'").contains("form-action 'self'").contains("base-uri 'none'")
                .endsWith("frame-ancestors 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("https:");
        assertThat(PluginPageHeaders.pagePolicy("localhost", "/marquee", "notes"))
                .contains("script-src localhost/marquee/p/notes/ localhost/marquee/assets/;");
    }

    @Test
    void aHostCspCannotNameFallsBackToSelf() {
        for (String host : new String[] {null, "[::1]:8080", "evil.example; script-src *", "a b", "x/y"}) {
            String policy = PluginPageHeaders.pagePolicy(host, "", "notes");
            assertThat(policy).as(host).contains("script-src 'self' 'self';").doesNotContain("*");
        }
    }

    @Test
    void theErrorPageLoadsOnlyTheStylesheet() {
        assertThat(PluginPageHeaders.errorPolicy("h:1", ""))
                .isEqualTo("default-src 'none'; style-src h:1/assets/; form-action 'none'; base-uri 'none'; frame-ancestors 'self'");
    }

    @Test
    void pageAddressesAreSplitAndDecoded() {
        PluginPageServlet.PagePath path = PluginPageServlet.PagePath.parse("/p/notes/boards/caf%C3%A9+1");
        assertThat(path.pluginId()).isEqualTo("notes");
        assertThat(path.segments()).isEqualTo(List.of("boards", "café+1"));
        assertThat(PluginPageServlet.PagePath.parse("/p/notes/").segments()).containsExactly("");
        assertThat(PluginPageServlet.PagePath.parse("/p/notes")).isNull();
        assertThat(PluginPageServlet.PagePath.parse("/p/Notes/x")).isNull();
        assertThat(PluginPageServlet.PagePath.parse("/e/notes/x")).isNull();
    }

    @Test
    void queryStringsAreReadWithoutTheBody() {
        assertThat(QueryString.parse("a=1&b=x+y&a=2&flag&&c=%26")).containsExactly(
                entry("a", List.of("1", "2")), entry("b", List.of("x y")),
                entry("flag", List.of("")), entry("c", List.of("&")));
        assertThat(QueryString.parse(null)).isEmpty();
    }

    @Test
    void theErrorPageEscapesWhatItShows() {
        String html = new String(new ErrorPage(404, "not_found", "<b>x</b> does not exist").html(""),
                StandardCharsets.UTF_8);
        assertThat(html).contains("data-error=\"not_found\"").contains("&lt;b&gt;x&lt;/b&gt; does not exist")
                .contains("<title>Not found · Marquee</title>").doesNotContain("<b>x");
    }
}
