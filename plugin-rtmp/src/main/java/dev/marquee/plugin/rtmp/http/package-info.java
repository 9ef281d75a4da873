/**
 * Playback over HTTP on Marquee's own port: HTTP-FLV written to each player with non-blocking
 * servlet output in batches, and HLS playlists and segments served from memory.
 */
package dev.marquee.plugin.rtmp.http;
