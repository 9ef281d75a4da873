/**
 * Outgoing webhooks after the Standard Webhooks specification: organizers register endpoints
 * ({@link dev.marquee.platform.application.webhook.WebhookService}); facts become messages in the
 * outbox ({@link dev.marquee.platform.application.webhook.WebhookOutbox}), in the transaction of the
 * fact where there is one; {@link dev.marquee.platform.application.webhook.WebhookDispatcher} signs
 * and sends them through the guarded outbound client, off every live path, with retries.
 */
package dev.marquee.platform.application.webhook;
