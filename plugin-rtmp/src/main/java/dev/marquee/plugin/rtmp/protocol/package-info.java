/**
 * The RTMP wire protocol, laid out by concern: the handshake, the chunk stream, AMF0 and the
 * message types. Pure codecs on Netty buffers, with no knowledge of stages or viewers.
 * {@link dev.marquee.plugin.rtmp.protocol.RtmpPipeline} installs them on a channel in order.
 *
 * <p>Enhanced RTMP needs nothing special at this level: its extended audio and video headers live
 * inside the payloads, which pass through untouched, and its connect capabilities ({@code
 * fourCcList}, {@code videoFourCcInfoMap}, {@code capsEx}) are ordinary AMF0 properties of the
 * connect command and of {@link dev.marquee.plugin.rtmp.protocol.message.ServerResponses#connectResult}.
 */
package dev.marquee.plugin.rtmp.protocol;
