/**
 * The {@code rtmp} media provider: an RTMP server started with Marquee takes a stage's stream from
 * OBS, ffmpeg or Larix with the stage's stream key, and plays it to the people allowed to watch
 * as HTTP-FLV, HLS and RTMP through signed, expiring addresses.
 */
package dev.marquee.plugin.rtmp;
