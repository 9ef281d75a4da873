package dev.marquee.platform.spi.web;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the SPI gives a plugin page: escaping, form fields, the CSRF token and an HTML answer. */
class PageSupportTest {

    @Test
    void escapingLeavesNoMarkupAndNoWayOutOfAnAttribute() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Zoë 🎉")).isEqualTo("Zoë 🎉");
    }

    @Test
    void formFieldsAreReadFromAnUrlEncodedBodyOnly() {
        byte[] body = "csrf=abc&message=caf%C3%A9+%26+more&empty&message=second".getBytes(StandardCharsets.UTF_8);
        PluginRequest form = PluginRequest.builder("POST", "board")
                .body("application/x-www-form-urlencoded; charset=UTF-8", body).build();
        assertThat(form.formValue("message")).contains("café & more");
        assertThat(form.formValue("empty")).contains("");
        assertThat(form.formValue("missing")).isEmpty();

        PluginRequest json = PluginRequest.builder("POST", "board").body("application/json", body).build();
        assertThat(json.formValue("message")).isEmpty();

        PluginRequest broken = PluginRequest.builder("POST", "board")
                .body("application/x-www-form-urlencoded", "message=%zz".getBytes(StandardCharsets.UTF_8)).build();
        assertThatThrownBy(() -> broken.formValue("message")).isInstanceOf(Problem.class)
                .hasMessage("The form is not validly encoded");
    }

    @Test
    void theCsrfTokenIsOnlyWhatCoreHandsOver() {
        assertThat(PluginRequest.builder("GET", "board").build().csrfToken()).isEmpty();
        assertThat(PluginRequest.builder("GET", "board").csrfToken("t0k").build().csrfToken()).contains("t0k");
    }

    @Test
    void anHtmlAnswerSaysItsCharset() {
        PluginResponse page = PluginResponse.html(201, "<p>é</p>");
        assertThat(page.status()).isEqualTo(201);
        assertThat(page.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>é</p>");
    }

    @Test
    void aPluginHasNoPagesUnlessItDeclaresThem() {
        MarqueePlugin plain = new MarqueePlugin() {
            @Override
            public String id() {
                return "plain";
            }

            @Override
            public String displayName() {
                return "Plain";
            }

            @Override
            public PluginKind kind() {
                return PluginKind.MEDIA;
            }
        };
        assertThat(plain.pages()).isEmpty();
        assertThat(plain.routes()).isEmpty();
    }
}
