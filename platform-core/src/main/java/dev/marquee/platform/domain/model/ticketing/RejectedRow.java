package dev.marquee.platform.domain.model.ticketing;

/** A row an import could not take, with its line in the source and why. */
public record RejectedRow(long line, String reason) {
}
