/**
 * The RTMP plugin's application metrics (MicroProfile Metrics, published at {@code /metrics}): live
 * streams, players by protocol, bytes sent to players, refused publishers, dropped viewers, and RTMP
 * connections refused at accept or dropped later, by reason. Listed in docs/operations.md ("Metrics").
 */
package dev.marquee.plugin.rtmp.metrics;
