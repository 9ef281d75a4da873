/**
 * The chat plugin's application metrics (MicroProfile Metrics, published at {@code /metrics}):
 * connections, accepted and refused messages, clients dropped for a full queue. Listed in
 * docs/operations.md ("Metrics").
 */
package dev.marquee.plugin.chat.metrics;
