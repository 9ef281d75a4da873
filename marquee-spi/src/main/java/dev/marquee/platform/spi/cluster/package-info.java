/**
 * Cluster state and messages for plugins whose state lives on one instance while requests (a webhook, a
 * second socket, a player) reach another. Core implements {@link dev.marquee.platform.spi.cluster.ClusterTopics}
 * (messages to every instance), {@link dev.marquee.platform.spi.cluster.ClusterMaps} (shared maps and
 * tallies) and {@link dev.marquee.platform.spi.cluster.ClusterMembers} (who is in the cluster) on Payara's
 * data grid and seals every message and entry with the deployment's secret, so nothing a plugin keeps or
 * sends there is readable or forgeable by whoever else reaches the grid; plugins inject them.
 * {@link dev.marquee.platform.spi.cluster.ClusterCalls} bounds a wait for the grid. A single instance (a
 * grid of one) delivers to itself alone.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.cluster;
