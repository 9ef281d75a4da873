package dev.marquee.plugin.chat.domain;

/** Who wrote a message: the stable subject (never shown), the display name and the role shown beside it. */
public record Author(String subject, String name, String role) {
}
