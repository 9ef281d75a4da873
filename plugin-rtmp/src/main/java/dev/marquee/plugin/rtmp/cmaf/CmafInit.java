package dev.marquee.plugin.rtmp.cmaf;

/**
 * An init segment: the {@code ftyp} and {@code moov} every following part and segment needs, until
 * the next one (a changed decoder configuration starts a new version).
 *
 * @param version counts the stream's init segments from 0
 * @param bytes the whole init segment; never written after construction
 * @param codecs RFC 6381 codec strings of its tracks, comma separated ({@code avc1.64001f,mp4a.40.2})
 * @param width video width in pixels, 0 without video
 * @param height video height in pixels, 0 without video
 */
public record CmafInit(int version, byte[] bytes, String codecs, int width, int height) {
}
