package dev.marquee.platform.interfaces.rest.event;

/**
 * The shape of slugs in URLs: lower-case words joined by single dashes. People see a slug as the
 * "address" of an event or stage ({@code /e/hackconf-2026/main}), so the messages say address.
 */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 64;
    public static final String MESSAGE = "The address must be lower-case letters and digits, words joined by single "
            + "dashes (like main-hall)";
    public static final String BLANK = "Enter an address";
    public static final String TOO_LONG = "The address must be at most " + MAX_LENGTH + " characters";

    private Slugs() {
    }
}
