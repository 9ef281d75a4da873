/**
 * Low-latency HLS (RFC 8216bis, Apple's LL-HLS rules) from a stream's fragmented MP4 parts: the
 * in-memory window of segments and parts ({@link dev.marquee.plugin.rtmp.llhls.LlHlsWindow}), the
 * immutable snapshots requests read, the media and multivariant playlists, blocking-reload directives
 * and the waits they cause. Nothing here knows HTTP; {@code http.LlHlsPlayback} serves it.
 */
package dev.marquee.plugin.rtmp.llhls;
