/**
 * Core's application metrics, registered in MicroProfile Metrics' application registry and published
 * by the server at {@code /metrics} (Prometheus text): ticket imports and outgoing mail. Names,
 * types and tags are listed in docs/operations.md ("Metrics").
 */
package dev.marquee.platform.infrastructure.metrics;
