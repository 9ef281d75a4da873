package dev.marquee.platform.application.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void markupInNamesBecomesText() {
        assertThat(Html.escape("<script>alert('x')</script> & \"Co\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
    }
}
