package dev.marquee.plugin.interaction.live;

/**
 * A frame or request refused by a rule: {@code error} is the code pages switch on ({@code qa_off},
 * {@code rate_limited}, ...), {@code detail} says why in words. REST answers it as a problem (403 for
 * {@code forbidden}, 404 for {@code not_found}, 409 otherwise for state, 400 for invalid input); the socket
 * as an {@code error} frame.
 */
public final class Refusal extends RuntimeException {

    private final String error;

    public Refusal(String error, String detail) {
        super(detail, null, false, false);
        this.error = error;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
