/**
 * The RTMP handshake (RTMP 1.0 specification, section 5.2), server side, in its plain form:
 * C0/S0 carry the version (3), C1/S1 a time and 1528 random bytes, and C2/S2 echo them. OBS,
 * ffmpeg and Larix accept a plain handshake from a server.
 */
package dev.marquee.plugin.rtmp.protocol.handshake;
