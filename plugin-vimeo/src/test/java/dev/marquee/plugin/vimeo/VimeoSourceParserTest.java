package dev.marquee.plugin.vimeo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VimeoSourceParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "https://vimeo.com/76979871,                                VIDEO,      76979871, -",
            "https://www.vimeo.com/76979871/,                           VIDEO,      76979871, -",
            "https://vimeo.com/76979871?share=copy#t=30s,               VIDEO,      76979871, -",
            "vimeo.com/76979871,                                        VIDEO,      76979871, -",
            "https://vimeo.com/76979871/8272103f6e,                     VIDEO,      76979871, 8272103f6e",
            "https://vimeo.com/channels/staffpicks/76979871,            VIDEO,      76979871, -",
            "https://vimeo.com/groups/motion/videos/76979871,           VIDEO,      76979871, -",
            "https://vimeo.com/showcase/7060635/video/76979871,         VIDEO,      76979871, -",
            "https://player.vimeo.com/video/76979871,                   VIDEO,      76979871, -",
            "https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0, VIDEO,   76979871, 8272103f6e",
            "https://vimeo.com/event/4867722,                           LIVE_EVENT, 4867722,  -",
            "https://vimeo.com/event/4867722/embed,                     LIVE_EVENT, 4867722,  -",
            "https://vimeo.com/event/4867722/embed/3ab5c91d0e,          LIVE_EVENT, 4867722,  3ab5c91d0e",
            "https://vimeo.com/event/4867722/3ab5c91d0e,                LIVE_EVENT, 4867722,  3ab5c91d0e",
            "https://player.vimeo.com/event/4867722/embed,              LIVE_EVENT, 4867722,  -",
    })
    void acceptsEveryFormOfVimeoLink(String link, VimeoSource.Kind kind, String id, String hash) {
        assertThat(VimeoSourceParser.parse(" " + link + "\n")).isEqualTo(new VimeoSource(kind, id, hash));
    }

    @Test
    void acceptsVimeosEmbedCodeForAVideo() {
        String code = "<div style=\"padding:56.25% 0 0 0;position:relative;\"><iframe "
                + "src=\"https://player.vimeo.com/video/76979871?h=8272103f6e&amp;badge=0&amp;autopause=0&amp;"
                + "player_id=0&amp;app_id=58479\" frameborder=\"0\" allow=\"autoplay; fullscreen; picture-in-picture; "
                + "clipboard-write; encrypted-media\" style=\"position:absolute;top:0;left:0;width:100%;height:100%;\" "
                + "title=\"The New Vimeo Player (You Know, For Videos)\"></iframe></div>"
                + "<script src=\"https://player.vimeo.com/api/player.js\"></script>";
        assertThat(VimeoSourceParser.parse(code)).isEqualTo(VimeoSource.video("76979871", "8272103f6e"));
    }

    @Test
    void acceptsAnOlderEmbedCodeWithItsLinks() {
        String code = "<iframe src=\"https://player.vimeo.com/video/76979871\" width=\"640\" height=\"360\" "
                + "frameborder=\"0\" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>\n"
                + "<p><a href=\"https://vimeo.com/76979871\">The New Vimeo Player (You Know, For Videos)</a> from "
                + "<a href=\"http://vimeo.com/staff\">Vimeo Staff</a> on <a href=\"https://vimeo.com\">Vimeo</a>.</p>";
        assertThat(VimeoSourceParser.parse(code)).isEqualTo(VimeoSource.video("76979871", null));
    }

    @Test
    void acceptsVimeosEmbedCodeForALiveEvent() {
        String code = "<div style=\"padding:56.25% 0 0 0;position:relative;\"><iframe "
                + "src=\"https://vimeo.com/event/4867722/embed\" frameborder=\"0\" allow=\"autoplay; fullscreen; "
                + "picture-in-picture\" allowfullscreen style=\"position:absolute;top:0;left:0;width:100%;height:100%;\">"
                + "</iframe></div>";
        assertThat(VimeoSourceParser.parse(code)).isEqualTo(VimeoSource.liveEvent("4867722", null));
        assertThat(VimeoSourceParser.parse(code.replace("/embed\"", "/embed/3ab5c91d0e\"")))
                .isEqualTo(VimeoSource.liveEvent("4867722", "3ab5c91d0e"));
    }

    @Test
    void anOlderProtocolRelativePlayerIsReadAsHttps() {
        assertThat(VimeoSourceParser.parse("<iframe src=\"//player.vimeo.com/video/76979871?color=f0000c\"></iframe>"))
                .isEqualTo(VimeoSource.video("76979871", null));
    }

    @Test
    void theSamePlayerTwiceIsOnePlayer() {
        String iframe = "<iframe src=\"https://player.vimeo.com/video/76979871\"></iframe>";
        assertThat(VimeoSourceParser.parse(iframe + iframe)).isEqualTo(VimeoSource.video("76979871", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithTheReason(String what, String source, String message) {
        assertThatThrownBy(() -> VimeoSourceParser.parse(source))
                .isInstanceOf(RejectedSourceException.class)
                .hasMessageContaining(message);
    }

    private static final String PLAYER = "<iframe src=\"https://player.vimeo.com/video/1\"></iframe>";

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("iframe of another host",
                        "<iframe src=\"https://evil.example/player\"></iframe>",
                        "The embed code embeds a page from evil.example; only Vimeo's player is allowed"),
                refusal("youtube embed",
                        "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
                        "The embed code embeds a page from www.youtube.com; only Vimeo's player is allowed"),
                refusal("youtube link",
                        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                        "www.youtube.com is not Vimeo"),
                refusal("inline script",
                        "<iframe src=\"https://player.vimeo.com/video/1\"></iframe><script>alert(1)</script>",
                        "The embed code has an inline script; only Vimeo's player is allowed"),
                refusal("script of another host",
                        PLAYER + "<script src=\"https://evil.example/x.js\"></script>",
                        "The embed code loads a script from evil.example; only Vimeo's player is allowed"),
                refusal("other vimeo script",
                        PLAYER + "<script src=\"https://player.vimeo.com/x.js\"></script>",
                        "not Vimeo's player script (https://player.vimeo.com/api/player.js)"),
                refusal("onload handler",
                        "<iframe src=\"https://player.vimeo.com/video/1\" onload=\"steal()\"></iframe>",
                        "The embed code has an event handler (onload); paste Vimeo's embed code as Vimeo gives it"),
                refusal("handler on the body",
                        "<body onpageshow=\"steal()\">" + PLAYER + "</body>",
                        "The embed code has an event handler (onpageshow)"),
                refusal("javascript link",
                        PLAYER + "<a href=\" JaVa&#x09;Script:alert(1)\">x</a>",
                        "The embed code has a javascript: address (in href)"),
                refusal("javascript iframe",
                        "<iframe src=\"javascript:alert(1)\"></iframe>",
                        "The embed code has a javascript: address (in src)"),
                refusal("javascript link alone",
                        "javascript:alert(1)",
                        "A javascript: address is not allowed"),
                refusal("data iframe",
                        "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
                        "The embed code has a data: address (in src)"),
                refusal("no source",
                        "<div style=\"padding:56.25% 0 0 0\"></div>",
                        "The embed code has no Vimeo player"),
                refusal("two sources",
                        PLAYER + "<iframe src=\"https://vimeo.com/event/2/embed\"></iframe>",
                        "The embed code has 2 different Vimeo players (video 1, live event 2); a stage plays one"),
                refusal("http link",
                        "http://vimeo.com/76979871",
                        "The link uses http://; give the https:// link Vimeo shows"),
                refusal("http player",
                        "<iframe src=\"http://player.vimeo.com/video/1\"></iframe>",
                        "The embed code loads Vimeo's player over http://, not https"),
                refusal("image",
                        "<img src=\"https://i.vimeocdn.com/x.jpg\">" + PLAYER,
                        "The embed code contains an <img>, which Vimeo's embed code does not"),
                refusal("srcdoc",
                        "<iframe src=\"https://player.vimeo.com/video/1\" srcdoc=\"<b>hi</b>\"></iframe>",
                        "The embed code has srcdoc=\"<b>hi</b>\" on an <iframe>"),
                refusal("foreign link",
                        PLAYER + "<a href=\"https://evil.example\">x</a>",
                        "The embed code links to evil.example"),
                refusal("vimeo page that plays nothing",
                        "https://vimeo.com/staff",
                        "https://vimeo.com/staff is not the address of a Vimeo video or live event"),
                refusal("vimeo chat instead of player",
                        "<iframe src=\"https://vimeo.com/event/2/chat/\"></iframe>",
                        "which is not Vimeo's player of a video or live event"),
                refusal("look-alike host",
                        "https://vimeo.com.evil.example/1",
                        "vimeo.com.evil.example is not Vimeo"),
                refusal("other port",
                        "https://vimeo.com:8443/1",
                        "vimeo.com:8443 is not Vimeo"),
                refusal("user info",
                        "https://vimeo.com@evil.example/1",
                        "evil.example is not Vimeo"),
                refusal("text with a link",
                        "watch https://vimeo.com/1",
                        "This is neither one Vimeo link nor Vimeo's embed code"),
                refusal("blank",
                        "   ",
                        "Nothing to play"));
    }

    private static Arguments refusal(String what, String source, String message) {
        return Arguments.of(what, source, message);
    }

    @Test
    void anInvalidUnlistedHashIsRefused() {
        assertThatThrownBy(() -> VimeoSourceParser.parse("https://player.vimeo.com/video/1?h=zz%22"))
                .hasMessageContaining("is not a Vimeo hash");
    }
}
