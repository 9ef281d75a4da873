package dev.marquee.platform.infrastructure.cluster;

/**
 * One atomic change of a grid entry: given its current value (null when absent, expired or not
 * authentic), what the entry becomes and what the caller is told. It may run more than once (when
 * another instance changed the entry meanwhile) and on a grid thread: keep it quick and free of side
 * effects.
 */
@FunctionalInterface
public interface GridChange<T, R> {

    Outcome<T, R> apply(T current);

    /** What a change does: leave the entry, set it (with a time to live) or remove it; and its answer. */
    record Outcome<T, R>(Kind kind, T value, long ttlMillis, R answer) {

        /** How the entry changes. */
        public enum Kind { KEEP, SET, REMOVE }

        /** Leaves the entry as it is. */
        public static <T, R> Outcome<T, R> keep(R answer) {
            return new Outcome<>(Kind.KEEP, null, 0, answer);
        }

        /** Sets the entry, to expire {@code ttlMillis} after this write (0: never). */
        public static <T, R> Outcome<T, R> set(T value, long ttlMillis, R answer) {
            return new Outcome<>(Kind.SET, value, ttlMillis, answer);
        }

        /** Removes the entry. */
        public static <T, R> Outcome<T, R> remove(R answer) {
            return new Outcome<>(Kind.REMOVE, null, 0, answer);
        }
    }
}
