/**
 * Playback over HTTP on Marquee's own port: HTTP-FLV written to each player with non-blocking servlet
 * output in batches, HLS playlists and segments served from memory, and LL-HLS playlists, init
 * segments, segments and parts served from memory, with blocking reloads that hold no thread.
 */
package dev.marquee.plugin.rtmp.http;
