/**
 * MicroProfile Health checks. Readiness ({@code /health/ready}): the schema is migrated and the
 * database answers a query within two seconds, the data grid member runs (its data: the cluster's size)
 * (plugins add their own, e.g. the RTMP listener).
 * Liveness ({@code /health/live}): the heap is not full after garbage collection, no threads are
 * deadlocked, and the periodic tasks keep running ({@link TaskHeartbeats}).
 */
package dev.marquee.platform.infrastructure.health;
