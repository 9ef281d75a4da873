/**
 * The RTMP chunk stream (RTMP 1.0 specification, section 5.3): {@link
 * dev.marquee.plugin.rtmp.protocol.chunk.ChunkDecoder} reassembles interleaved chunks into {@code
 * RtmpMessage}s and {@link dev.marquee.plugin.rtmp.protocol.chunk.ChunkEncoder} splits outgoing
 * messages into chunks with the smallest headers that are unambiguous. Both apply the chunk-level
 * protocol control messages (Set Chunk Size, Abort, Window Acknowledgement Size) themselves. What a
 * peer may make the decoder hold is bounded by {@link dev.marquee.plugin.rtmp.protocol.chunk.ChunkLimits}.
 */
package dev.marquee.plugin.rtmp.protocol.chunk;
