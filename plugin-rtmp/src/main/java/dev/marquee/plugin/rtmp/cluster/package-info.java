/**
 * RTMP across several Marquee instances on one data grid, as SRS's origin/edge: the instance a
 * publisher is connected to is the stage's <em>origin</em> and says so in the grid's origin registry
 * ({@link dev.marquee.plugin.rtmp.cluster.OriginRegistry}, which also keeps one publisher per stage
 * cluster-wide); an instance asked to play a stage it does not have pulls it from the origin over
 * internal HTTP-FLV ({@link dev.marquee.plugin.rtmp.cluster.EdgePuller}) once for all its viewers
 * ({@link dev.marquee.plugin.rtmp.cluster.EdgePulls}). Key rotation and stage deletion reach the
 * origin through a topic ({@link dev.marquee.plugin.rtmp.cluster.PublisherControl}).
 * {@link dev.marquee.plugin.rtmp.cluster.ClusterStreams} ties them to the application.
 */
package dev.marquee.plugin.rtmp.cluster;
