package dev.marquee.platform.application.schedule.importing;

/**
 * How much a schedule file may hold: {@code maxBytes} of file and {@code maxTalks} talks (a file
 * beyond either is refused whole, so an import never acts on part of a schedule).
 */
public record ScheduleLimits(long maxBytes, int maxTalks) {

    public ScheduleLimits {
        if (maxBytes <= 0 || maxTalks <= 0) {
            throw new IllegalArgumentException("Schedule limits must be positive");
        }
    }
}
