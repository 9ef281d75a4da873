package dev.marquee.platform.spi.audience;

import java.util.Objects;

/**
 * What {@link ViewingLedger#open} answers: an open viewing, or the refusal with the person's open streams.
 *
 * @since 0.1.0
 */
public final class Admission {

    private final Viewing viewing;
    private final TooManyStreams refusal;

    private Admission(Viewing viewing, TooManyStreams refusal) {
        this.viewing = viewing;
        this.refusal = refusal;
    }

    public static Admission admitted(Viewing viewing) {
        return new Admission(Objects.requireNonNull(viewing), null);
    }

    public static Admission refused(TooManyStreams refusal) {
        return new Admission(null, Objects.requireNonNull(refusal));
    }

    public boolean admitted() {
        return viewing != null;
    }

    /** The open viewing; only when {@link #admitted}. */
    public Viewing viewing() {
        if (viewing == null) {
            throw new IllegalStateException("refused: " + refusal.detail());
        }
        return viewing;
    }

    /** Why not; only when not {@link #admitted}. */
    public TooManyStreams refusal() {
        if (refusal == null) {
            throw new IllegalStateException("admitted");
        }
        return refusal;
    }
}
