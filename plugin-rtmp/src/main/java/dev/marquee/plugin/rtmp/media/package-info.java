/**
 * The live stream model every part of the RTMP plugin shares: media packets as RTMP and FLV carry
 * them, the stream a publisher feeds, its GOP cache and the viewers that read from it.
 */
package dev.marquee.plugin.rtmp.media;
