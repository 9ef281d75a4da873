package dev.marquee.plugin.rtmp.cmaf.box;

/**
 * Writes one movie fragment (ISO/IEC 14496-12 8.8): a {@code moof} with its {@code mfhd} and one
 * {@code traf} per non-empty track run ({@code tfhd} with default-base-is-moof, {@code tfdt} version 1,
 * {@code trun} with every sample's duration and size, plus flags and composition offsets for video),
 * followed by one {@code mdat} holding the runs' bytes in the same order. A CMAF chunk, an LL-HLS
 * part; a segment is several of them back to back.
 */
public final class MovieFragment {

    private static final int TFHD_DEFAULT_BASE_IS_MOOF = 0x020000;
    private static final int TRUN_DATA_OFFSET = 0x000001;
    private static final int TRUN_DURATION = 0x000100;
    private static final int TRUN_SIZE = 0x000200;
    private static final int TRUN_FLAGS = 0x000400;
    private static final int TRUN_COMPOSITION_OFFSET = 0x000800;
    private static final int MDAT_HEADER = 8;

    private MovieFragment() {
    }

    /**
     * Writes the fragment into {@code out} (emptied first).
     *
     * @param sequence the fragment's sequence number, one more than the stream's previous fragment
     * @param runs the tracks' runs; empty ones are left out
     */
    public static void write(BoxBuffer out, long sequence, TrackRun... runs) {
        out.reset();
        out.open("moof");
        out.openFull("mfhd", 0, 0).u32(sequence).close();
        int[] dataOffsetAt = new int[runs.length];
        for (int r = 0; r < runs.length; r++) {
            TrackRun run = runs[r];
            if (run.isEmpty()) {
                continue;
            }
            boolean video = run.trackId() == VideoTrack.TRACK_ID;
            out.open("traf");
            out.openFull("tfhd", 0, TFHD_DEFAULT_BASE_IS_MOOF).u32(run.trackId()).close();
            out.openFull("tfdt", 1, 0).u64(run.baseDecodeTime()).close();
            int flags = TRUN_DATA_OFFSET | TRUN_DURATION | TRUN_SIZE
                    | (video ? TRUN_FLAGS | TRUN_COMPOSITION_OFFSET : 0);
            out.openFull("trun", video && run.hasNegativeCompositionOffset() ? 1 : 0, flags).u32(run.count());
            dataOffsetAt[r] = out.size();
            out.u32(0);
            for (int i = 0; i < run.count(); i++) {
                out.u32(run.duration(i) & 0xffffffffL).u32(run.size(i));
                if (video) {
                    out.u32(run.flags(i)).u32(run.compositionOffset(i) & 0xffffffffL);
                }
            }
            out.close().close();
        }
        out.close();
        int moofSize = out.size();
        int dataOffset = moofSize + MDAT_HEADER;
        int mdatSize = MDAT_HEADER;
        for (int r = 0; r < runs.length; r++) {
            if (!runs[r].isEmpty()) {
                out.putU32(dataOffsetAt[r], dataOffset);
                dataOffset += runs[r].dataSize();
                mdatSize += runs[r].dataSize();
            }
        }
        out.u32(mdatSize).fourCc("mdat");
        for (TrackRun run : runs) {
            if (!run.isEmpty()) {
                out.bytes(run.data(), 0, run.dataSize());
            }
        }
    }
}
