package dev.marquee.plugin.rtmp.coach;

/**
 * The video bitrate range recommended for a picture height and frame rate, in kbit/s: what the large
 * platforms' encoder guides give for H.264 (docs/organizers.md has the table). Above 30 fps the range is
 * half as much again. HEVC and AV1 need less for the same picture, so for them only the top counts.
 *
 * @param minKbps below it, the picture turns to blocks in motion
 * @param maxKbps above it, viewers on slower links stall, and nothing looks better
 */
record RecommendedBitrate(int minKbps, int maxKbps) {

    private static final int[][] BY_HEIGHT = {
        // up to this height, min, max (kbit/s at 30 fps)
        {240, 300, 1000},
        {360, 400, 1500},
        {480, 500, 2500},
        {720, 1500, 5000},
        {1080, 3000, 8000},
        {1440, 6000, 16000},
        {Integer.MAX_VALUE, 13000, 40000},
    };

    /** The range for the picture; null when its height is not known. */
    static RecommendedBitrate of(int height, double fps) {
        if (height <= 0) {
            return null;
        }
        double scale = fps > 31 ? 1.5 : 1;
        for (int[] row : BY_HEIGHT) {
            if (height <= row[0]) {
                return new RecommendedBitrate((int) (row[1] * scale), (int) (row[2] * scale));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The middle of the range, rounded to 500 kbit/s: what to set when out of it. */
    int suggestedKbps() {
        return Math.max(500, Math.round((minKbps + maxKbps) / 2f / 500) * 500);
    }
}
