package dev.marquee.platform.application.webhook;

import dev.marquee.platform.domain.model.webhook.Webhook;

/** A webhook just created, with its signing secret: the one time the secret is shown. */
public record CreatedWebhook(Webhook webhook, String secret) {

    @Override
    public String toString() {
        return "CreatedWebhook[" + webhook.id() + "]";
    }
}
