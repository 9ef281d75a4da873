/**
 * Messages between the instances of a Marquee cluster, for plugins whose state lives on one instance
 * while requests (a webhook, a second socket) reach another. Core implements
 * {@link dev.marquee.platform.spi.cluster.ClusterTopics} on Payara's data grid and seals every message
 * with the deployment's secret, so nothing a plugin sends is readable or forgeable by whoever else
 * reaches the grid; plugins inject it. A single instance (a grid of one) delivers to itself alone.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.cluster;
