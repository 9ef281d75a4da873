package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.map.EntryProcessor;

import java.io.Serial;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs where a grid entry lives: replaces its bytes (or removes them) only if they are still the ones
 * the caller saw. It knows nothing of what the bytes mean (they are sealed), so it needs no secret and
 * grants nothing: anyone able to call it could write those bytes anyway. It travels Java-serialised
 * (two byte arrays and a number): Payara's grid resolves the WAR's classes only that way (its
 * DataSerializable reader does not see them). Answers {@link #DONE}, or the current bytes behind
 * {@link #CHANGED} (or {@link #ABSENT}) so the caller can try again without another read.
 */
public final class CompareAndSet implements EntryProcessor<String, byte[], byte[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    static final byte DONE = 1;
    static final byte CHANGED = 2;
    static final byte ABSENT = 3;

    private final byte[] expected;
    private final byte[] next;
    private final long ttlMillis;

    CompareAndSet(byte[] expected, byte[] next, long ttlMillis) {
        this.expected = expected;
        this.next = next;
        this.ttlMillis = ttlMillis;
    }

    @Override
    public byte[] process(Map.Entry<String, byte[]> entry) {
        byte[] current = entry.getValue();
        if (!Arrays.equals(current, expected)) {
            if (current == null) {
                return new byte[] {ABSENT};
            }
            byte[] answer = new byte[current.length + 1];
            answer[0] = CHANGED;
            System.arraycopy(current, 0, answer, 1, current.length);
            return answer;
        }
        if (next == null) {
            entry.setValue(null);
        } else if (ttlMillis > 0) {
            GridEntries.setValue(entry, next, ttlMillis);
        } else {
            entry.setValue(next);
        }
        return new byte[] {DONE};
    }
}
