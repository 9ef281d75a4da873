package dev.marquee.plugin.interaction.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTextTest {

    @Test
    void markupIsRemovedAndWhatRemainsIsEscaped() {
        String plain = QuestionText.plain("<img src=x onerror=alert(1)>Why <script>alert('x')</script>not?");
        assertThat(QuestionText.safe(plain)).isEqualTo("Why not?");
        assertThat(QuestionText.safe(QuestionText.plain("Is 1 < 2 & \"yes\"?"))).isEqualTo("Is 1 &lt; 2 &amp; &quot;yes&quot;?");
    }

    @Test
    void controlAndDirectionCharactersGoLengthCountsCodePoints() {
        String plain = QuestionText.plain("  a\u0000b\u202Ec\r\n\n\n\nd 👋🏽  ");
        assertThat(plain).isEqualTo("abc\n\nd 👋🏽");
        assertThat(QuestionText.length("👋🏽")).isEqualTo(2);
    }
}
