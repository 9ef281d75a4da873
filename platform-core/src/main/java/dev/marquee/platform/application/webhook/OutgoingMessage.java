package dev.marquee.platform.application.webhook;

import java.time.Instant;

/**
 * A claimed message as the sender needs it, read in the claim's transaction (no entity leaves it).
 *
 * @param claimToken the claim this attempt holds; its outcome is recorded only while it still holds
 * @param leaseEnds  when the claim lapses and any dispatcher may take the message again
 */
public record OutgoingMessage(long deliveryId, long webhookId, String url, String sealedSecret, String messageId,
                              String payload, String claimToken, Instant leaseEnds) {

    @Override
    public String toString() {
        return "OutgoingMessage[" + deliveryId + " to webhook " + webhookId + ", " + messageId + "]";
    }
}
