package dev.marquee.platform.spi.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * One atomic change of a {@link ClusterMap} entry ({@link ClusterMap#change}): given the entry's current
 * value, what it becomes and what the caller is told.
 *
 * <p><b>Threading.</b> A change may run more than once (when another instance changed the entry
 * meanwhile, it runs again on what is there now) and on a grid thread: keep it quick, free of side effects
 * and of blocking calls, and base it on its argument and on values captured before the call only.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0.
 *
 * @param <T> the map's value type
 * @param <R> what the change answers its caller
 * @since 0.1.0
 */
@FunctionalInterface
public interface EntryChange<T, R> {

    /**
     * What the entry becomes.
     *
     * @param current the entry's value; null when it is absent, expired, or was not written with this
     *                deployment's secret
     */
    Outcome<T, R> apply(T current);

    /**
     * What a change does: leave the entry, set it (with a time to live) or remove it; and its answer. Made
     * by the factories only, so it can grow.
     *
     * @param <T> the map's value type
     * @param <R> the answer's type
     * @since 0.1.0
     */
    final class Outcome<T, R> {

        /** How the entry changes. */
        public enum Kind {
            /** The entry stays as it is. */
            KEEP,
            /** The entry gets {@link Outcome#value()}. */
            SET,
            /** The entry goes. */
            REMOVE
        }

        private final Kind kind;
        private final T value;
        private final Duration ttl;
        private final R answer;

        private Outcome(Kind kind, T value, Duration ttl, R answer) {
            this.kind = kind;
            this.value = value;
            this.ttl = ttl;
            this.answer = answer;
        }

        /** Leaves the entry as it is and answers {@code answer}. */
        public static <T, R> Outcome<T, R> keep(R answer) {
            return new Outcome<>(Kind.KEEP, null, Duration.ZERO, answer);
        }

        /**
         * Sets the entry to {@code value} (not null), to expire {@code ttl} after this write
         * ({@link Duration#ZERO}: never), and answers {@code answer}.
         */
        public static <T, R> Outcome<T, R> set(T value, Duration ttl, R answer) {
            Objects.requireNonNull(value, "value");
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("A time to live is zero (never expires) or more, not " + ttl);
            }
            return new Outcome<>(Kind.SET, value, ttl, answer);
        }

        /** Removes the entry and answers {@code answer}. */
        public static <T, R> Outcome<T, R> remove(R answer) {
            return new Outcome<>(Kind.REMOVE, null, Duration.ZERO, answer);
        }

        /** How the entry changes. */
        public Kind kind() {
            return kind;
        }

        /** The entry's new value when {@link Kind#SET}, else null. */
        public T value() {
            return value;
        }

        /** How long the new value lives ({@link Duration#ZERO}: until changed) when {@link Kind#SET}. */
        public Duration ttl() {
            return ttl;
        }

        /** What the caller of {@link ClusterMap#change} is told. */
        public R answer() {
            return answer;
        }
    }
}
