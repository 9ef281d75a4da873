package dev.marquee.platform.interfaces.rest.event;

/** The shape of slugs in URLs: lower-case words joined by single dashes. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MESSAGE = "must be lower-case letters and digits, words joined by single dashes";

    private Slugs() {
    }
}
