package dev.marquee.platform.application.access;

/**
 * A visitor of a PUBLIC event: the id the server gave them ({@link Guests}, kept in a signed cookie)
 * and the name they typed, which is only a label: two guests named Alice are two people.
 */
public record GuestPass(String id, String name) {
}
