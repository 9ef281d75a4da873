/**
 * ISO base media file format boxes (ISO/IEC 14496-12) for fragmented MP4: the init segment
 * ({@link dev.marquee.plugin.rtmp.cmaf.box.InitSegment}) and movie fragments
 * ({@link dev.marquee.plugin.rtmp.cmaf.box.MovieFragment}) written into a reusable
 * {@link dev.marquee.plugin.rtmp.cmaf.box.BoxBuffer}. Only what a live H.264/HEVC + AAC packager
 * needs; nothing is parsed here.
 */
package dev.marquee.plugin.rtmp.cmaf.box;
