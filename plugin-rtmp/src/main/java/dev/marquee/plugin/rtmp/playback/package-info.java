/**
 * Who may play a stream: signed, expiring playback tokens, and the playback addresses built from
 * them for HTTP-FLV, HLS and RTMP.
 */
package dev.marquee.plugin.rtmp.playback;
