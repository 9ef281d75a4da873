package dev.marquee.platform.application.recording;

/**
 * An organizer's cut of a session's replay: moves of its scheduled start and end, in seconds, and
 * whether attendees see it.
 */
public record ReplayCut(int startOffsetSeconds, int endOffsetSeconds, boolean published) {
}
