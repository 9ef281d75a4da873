package dev.marquee.plugin.chat.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatTextTest {

    @Test
    void htmlComesOutInert() {
        assertThat(ChatText.clean("<script>alert(1)</script>hi", 500)).isEqualTo("hi");
        assertThat(ChatText.clean("<img src=x onerror=alert(1)>", 500)).isEmpty();
        assertThat(ChatText.clean("<a href=\"javascript:alert(1)\">click</a>", 500)).isEqualTo("click");
        assertThat(ChatText.clean("&lt;script&gt;alert(1)&lt;/script&gt;", 500))
                .doesNotContain("<", ">").contains("&lt;script&gt;");
        assertThat(ChatText.clean("\"quoted\" and 'single'", 500)).doesNotContain("\"", "'");
    }

    @Test
    void plainTextKeepsItsMeaning() {
        assertThat(ChatText.clean("I <3 Java & Kotlin", 500)).isEqualTo("I &lt;3 Java &amp; Kotlin");
        assertThat(ChatText.clean("Grüße 👋🏽 日本語", 500)).isEqualTo("Grüße 👋🏽 日本語");
        assertThat(ChatText.clean("see https://example.org/a?b=1&c=2", 500))
                .isEqualTo("see https://example.org/a?b=1&amp;c=2");
    }

    @Test
    void controlCharactersAndBidiTricksGoLineBreaksStay() {
        assertThat(ChatText.clean("a\u0000b\u0007c\u202Ed", 500)).isEqualTo("abcd");
        assertThat(ChatText.clean("one\r\ntwo\n\n\n\nthree", 500)).isEqualTo("one\ntwo\n\nthree");
        assertThat(ChatText.clean("   \n\t ", 500)).isEmpty();
    }

    @Test
    void longTextIsCutByCharactersNotBytes() {
        assertThat(ChatText.clean("x".repeat(600), 500)).hasSize(500);
        String emoji = "👋".repeat(10);
        assertThat(ChatText.clean(emoji, 4)).isEqualTo("👋".repeat(4));
    }
}
