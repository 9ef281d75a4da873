/**
 * Outgoing webhooks: the endpoints organizers register ({@link dev.marquee.platform.domain.model.webhook.Webhook})
 * and the outbox of messages to them ({@link dev.marquee.platform.domain.model.webhook.WebhookDelivery}),
 * written in the transaction of the fact they report and delivered with retries.
 */
package dev.marquee.platform.domain.model.webhook;
