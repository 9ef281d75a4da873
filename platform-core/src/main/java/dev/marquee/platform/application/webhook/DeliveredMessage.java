package dev.marquee.platform.application.webhook;

/**
 * A message its endpoint accepted, waiting to be recorded with others in one transaction.
 *
 * @param statusCode the endpoint's 2xx answer
 */
public record DeliveredMessage(long deliveryId, String claimToken, int statusCode) {

    /** Messages recorded by one statement: the same claim and the same answer. */
    public record Group(String claimToken, int statusCode) {
    }

    DeliveredMessage(OutgoingMessage message, int statusCode) {
        this(message.deliveryId(), message.claimToken(), statusCode);
    }

    Group group() {
        return new Group(claimToken, statusCode);
    }
}
