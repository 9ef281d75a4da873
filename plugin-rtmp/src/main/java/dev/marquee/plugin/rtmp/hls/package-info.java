/**
 * HLS playback: H.264 and AAC packets muxed into MPEG-TS segments, cut at keyframes and kept in
 * memory with a sliding live playlist. {@link dev.marquee.plugin.rtmp.hls.HlsSegmenter} is the
 * entry point, one per live stream; everything else is package-private muxing detail. Codecs a
 * transport stream here cannot carry (HEVC and AV1 over enhanced RTMP, MP3, ...) and script data
 * are skipped; HTTP-FLV plays those.
 */
package dev.marquee.plugin.rtmp.hls;
