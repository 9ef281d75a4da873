/**
 * The cluster: several Marquee instances on one database join Payara's data grid (Hazelcast, bound in
 * JNDI as {@code payara/Hazelcast}; a single instance started with {@code --nocluster} is a grid of one,
 * so the same code serves both). {@link dev.marquee.platform.infrastructure.cluster.DataGrid} hands it to
 * core and plugins; {@link dev.marquee.platform.infrastructure.cluster.GridTally} sums per-instance
 * counts cluster-wide; {@link dev.marquee.platform.infrastructure.cluster.GridCalls} bounds every call a
 * member makes into the grid, since a hung peer can block reads of the keys it owns. Grid names start
 * with {@code marquee.}.
 */
package dev.marquee.platform.infrastructure.cluster;
