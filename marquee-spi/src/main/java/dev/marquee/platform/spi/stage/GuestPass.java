package dev.marquee.platform.spi.stage;

/**
 * A visitor of a PUBLIC event asking onto a stage: the id the server gave them
 * ({@link dev.marquee.platform.spi.audience.GuestIds}) and the name they typed, which is only a label (two
 * guests named Alice are two people). A null {@code name} asks in as a watcher, who receives what the
 * stage sends but may send nothing until named. Immutable; any thread.
 *
 * @since 0.1.0
 */
public record GuestPass(String id, String name) {
}
