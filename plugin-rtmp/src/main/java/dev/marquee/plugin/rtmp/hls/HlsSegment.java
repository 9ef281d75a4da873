package dev.marquee.plugin.rtmp.hls;

/**
 * One finished transport stream segment.
 *
 * @param sequence its media sequence number
 * @param durationMillis its EXTINF duration
 * @param discontinuity whether the playlist puts EXT-X-DISCONTINUITY before it
 * @param bytes the whole segment; never written after construction, shared by every request
 */
record HlsSegment(long sequence, long durationMillis, boolean discontinuity, byte[] bytes) {
}
