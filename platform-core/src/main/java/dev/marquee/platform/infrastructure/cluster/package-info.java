/**
 * The cluster: several Marquee instances on one database join Payara's data grid (Hazelcast, bound in
 * JNDI as {@code payara/Hazelcast}; a single instance started with {@code --nocluster} is a grid of one,
 * so the same code serves both). {@link dev.marquee.platform.infrastructure.cluster.DataGrid} hands it to
 * core; {@link dev.marquee.platform.infrastructure.cluster.GridTally} sums per-instance counts
 * cluster-wide; {@link dev.marquee.platform.infrastructure.cluster.GridCalls} bounds every call a member
 * makes into the grid, since a hung peer can block reads of the keys it owns. Plugins get the grid only
 * through the plugin API's {@code spi.cluster} seams, implemented here ({@code DefaultClusterTopics},
 * {@code DefaultClusterMaps}, {@code DefaultClusterMembers}) on structures under {@code plugin.}. Grid
 * names start with {@code marquee.}.
 */
package dev.marquee.platform.infrastructure.cluster;
