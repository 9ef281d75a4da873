package dev.marquee.plugin.chat.group;

/**
 * A person as other people of the event see them: an opaque id (to pick them for a group) and the name
 * they go by. Never an email.
 */
public record PersonView(String id, String name) {
}
