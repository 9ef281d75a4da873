package dev.marquee.plugin.rtmp.restream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestreamUrlTest {

    @Test
    void readsTheAddressesYoutubeAndTwitchGive() {
        RestreamUrl youtube = RestreamUrl.parse("rtmp://a.rtmp.youtube.com/live2");
        assertThat(youtube).extracting(RestreamUrl::tls, RestreamUrl::host, RestreamUrl::port, RestreamUrl::app)
                .containsExactly(false, "a.rtmp.youtube.com", 1935, "live2");
        assertThat(youtube.tcUrl()).isEqualTo("rtmp://a.rtmp.youtube.com/live2");
        RestreamUrl secure = RestreamUrl.parse(" RTMPS://live-api-s.facebook.com:443/rtmp/ ");
        assertThat(secure).extracting(RestreamUrl::tls, RestreamUrl::host, RestreamUrl::port, RestreamUrl::app)
                .containsExactly(true, "live-api-s.facebook.com", 443, "rtmp");
        assertThat(RestreamUrl.parse("rtmps://x.example.com/app").port()).isEqualTo(443);
        assertThat(RestreamUrl.parse("rtmp://[::1]:1940/live").host()).isEqualTo("::1");
        assertThat(RestreamUrl.parse("rtmp://127.0.0.1:19350/live").tcUrl()).isEqualTo("rtmp://127.0.0.1:19350/live");
    }

    @Test
    void refusesWhatIsNotAnRtmpTargetWithAReason() {
        assertThat(RestreamUrl.problem("http://a.example.com/live")).get().asString().contains("rtmp://");
        assertThat(RestreamUrl.problem("rtmp://a.example.com")).get().asString().contains("application path");
        assertThat(RestreamUrl.problem("rtmp://user:pw@a.example.com/live")).get().asString().contains("user name");
        assertThat(RestreamUrl.problem("rtmp://a.example.com/live?key=abc")).get().asString().contains("key field");
        assertThat(RestreamUrl.problem("rtmp:///live")).get().asString().contains("host");
        assertThat(RestreamUrl.problem("")).isPresent();
        assertThat(RestreamUrl.problem("rtmp://a.example.com/" + "x".repeat(600))).get().asString().contains("512");
        assertThatThrownBy(() -> RestreamUrl.parse("rtmp://a b/live")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamKeysArePrintableWithoutSpaces() {
        assertThat(StreamKeyRules.problem("abcd-efgh-ijkl-mnop")).isEmpty();
        assertThat(StreamKeyRules.problem("FB-123?s_bl=1&s_ps=1")).isEmpty();
        assertThat(StreamKeyRules.problem("")).isPresent();
        assertThat(StreamKeyRules.problem("two words")).isPresent();
        assertThat(StreamKeyRules.problem("k".repeat(257))).isPresent();
    }
}
