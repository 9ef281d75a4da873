package dev.marquee.platform.application.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    /** The signing vector of the Standard Webhooks reference libraries. */
    @Test
    void signsTheStandardWebhooksReferenceVector() {
        byte[] key = WebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signature = WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSecretWithoutItsPrefixIsTheSameKey() {
        assertThat(WebhookSignature.key("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isEqualTo(WebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        byte[] key = WebhookSignature.key(WebhookSignature.newSecret());
        byte[] body = "{\"type\":\"stream.started\"}".getBytes(StandardCharsets.UTF_8);
        String base = WebhookSignature.sign(key, "msg_1", 100, body);
        assertThat(WebhookSignature.sign(key, "msg_2", 100, body)).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(key, "msg_1", 101, body)).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(key, "msg_1", 100, "{}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(key, "msg_1", 100, body)).isEqualTo(base);
    }

    @Test
    void newSecretsAreWhsecWith32RandomBytes() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertThat(a).startsWith("whsec_").isNotEqualTo(b);
        assertThat(Base64.getDecoder().decode(a.substring("whsec_".length()))).hasSize(32);
    }

    @Test
    void messageIdsAreDistinctAndPrefixed() {
        assertThat(WebhookSignature.newMessageId()).startsWith("msg_").hasSize(28)
                .isNotEqualTo(WebhookSignature.newMessageId());
    }
}
