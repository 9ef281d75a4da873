package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs where a grid entry lives: replaces its bytes (or removes them) only if they are still the ones
 * the caller saw. It knows nothing of what the bytes mean (they are sealed), so it needs no secret and
 * grants nothing: anyone able to call it could write those bytes anyway. It travels in its own explicit
 * format ({@link DataSerializable}), not Java serialisation. Answers {@link #DONE}, or the current bytes
 * behind {@link #CHANGED} (or {@link #ABSENT}) so the caller can try again without another read.
 */
public final class CompareAndSet implements EntryProcessor<String, byte[], byte[]>, DataSerializable {

    static final byte DONE = 1;
    static final byte CHANGED = 2;
    static final byte ABSENT = 3;

    private byte[] expected;
    private byte[] next;
    private long ttlMillis;

    /** For the grid's deserialisation. */
    public CompareAndSet() {
    }

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

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByteArray(expected);
        out.writeByteArray(next);
        out.writeLong(ttlMillis);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        expected = in.readByteArray();
        next = in.readByteArray();
        ttlMillis = in.readLong();
    }
}
