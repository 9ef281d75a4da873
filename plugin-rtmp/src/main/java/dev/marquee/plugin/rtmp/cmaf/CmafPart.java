package dev.marquee.plugin.rtmp.cmaf;

/**
 * A finished part: one movie fragment ({@code moof} + {@code mdat}) of a segment, an LL-HLS
 * Partial Segment and a CMAF chunk.
 *
 * @param sequence the media sequence number of the segment it belongs to
 * @param index its place in that segment, from 0
 * @param durationMicros how long it plays
 * @param independent whether it starts with a keyframe (or holds audio only), so decoding may start there
 * @param bytes the fragment; never written after construction, shared by every reader
 */
public record CmafPart(long sequence, int index, long durationMicros, boolean independent, byte[] bytes) {
}
