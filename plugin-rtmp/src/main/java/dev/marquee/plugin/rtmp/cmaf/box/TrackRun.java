package dev.marquee.plugin.rtmp.cmaf.box;

import java.util.Arrays;

/**
 * One track's samples in one movie fragment: their decode time, durations, sizes, flags and
 * composition offsets, and their bytes, in decode order. Reused from fragment to fragment
 * ({@link #clear}); grows as needed. Not thread safe.
 */
public final class TrackRun {

    /** sample_depends_on = 2: an independent (sync) sample (ISO/IEC 14496-12 8.8.3.1). */
    public static final int SYNC = 0x02000000;
    /** sample_depends_on = 1 and sample_is_non_sync_sample. */
    public static final int NON_SYNC = 0x01010000;

    private final int trackId;
    private long baseDecodeTime;
    private int count;
    private int[] durations = new int[64];
    private int[] sizes = new int[64];
    private int[] flags = new int[64];
    private int[] compositionOffsets = new int[64];
    private byte[] data = new byte[64 * 1024];
    private int dataSize;

    public TrackRun(int trackId) {
        this.trackId = trackId;
    }

    public int trackId() {
        return trackId;
    }

    public void clear() {
        count = 0;
        dataSize = 0;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int count() {
        return count;
    }

    /** The decode time of the first sample, in the track's timescale. */
    public long baseDecodeTime() {
        return baseDecodeTime;
    }

    /** Appends a sample; the first one of a run sets the run's decode time. */
    public void add(long decodeTime, int duration, int compositionOffset, boolean sync, byte[] body, int offset,
            int length) {
        if (count == 0) {
            baseDecodeTime = decodeTime;
        }
        if (count == durations.length) {
            int grown = count * 2;
            durations = Arrays.copyOf(durations, grown);
            sizes = Arrays.copyOf(sizes, grown);
            flags = Arrays.copyOf(flags, grown);
            compositionOffsets = Arrays.copyOf(compositionOffsets, grown);
        }
        durations[count] = duration;
        sizes[count] = length;
        flags[count] = sync ? SYNC : NON_SYNC;
        compositionOffsets[count] = compositionOffset;
        count++;
        if (dataSize + length > data.length) {
            data = Arrays.copyOf(data, Math.max(dataSize + length, data.length * 2));
        }
        System.arraycopy(body, offset, data, dataSize, length);
        dataSize += length;
    }

    /** The sum of the sample durations, in the track's timescale. */
    public long duration() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += durations[i];
        }
        return total;
    }

    public boolean startsWithSync() {
        return count > 0 && flags[0] == SYNC;
    }

    int dataSize() {
        return dataSize;
    }

    byte[] data() {
        return data;
    }

    int duration(int i) {
        return durations[i];
    }

    int size(int i) {
        return sizes[i];
    }

    int flags(int i) {
        return flags[i];
    }

    int compositionOffset(int i) {
        return compositionOffsets[i];
    }

    boolean hasNegativeCompositionOffset() {
        for (int i = 0; i < count; i++) {
            if (compositionOffsets[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
