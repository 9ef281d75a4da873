/**
 * The RTMP listener: Netty event loops, connection limits and timeouts, and each connection's
 * session, which answers the NetConnection and NetStream commands, publishes a stage's stream with
 * its key and plays one with a signed token.
 */
package dev.marquee.plugin.rtmp.server;
