/**
 * RTMP messages. {@link dev.marquee.plugin.rtmp.protocol.message.RtmpMessage} is the generic
 * message the chunk stream carries (header fields and a reference-counted payload); the records
 * implementing {@link dev.marquee.plugin.rtmp.protocol.message.TypedMessage} are the messages the
 * server acts on, one class per type: the protocol control messages, user control events,
 * commands and data. {@link dev.marquee.plugin.rtmp.protocol.message.RtmpMessageDecoder} and
 * {@link dev.marquee.plugin.rtmp.protocol.message.RtmpMessageEncoder} convert between the two;
 * audio and video stay {@code RtmpMessage}s so their payloads are never copied.
 * {@link dev.marquee.plugin.rtmp.protocol.message.ServerResponses} builds the replies a server
 * sends to connect, createStream, publish and play.
 */
package dev.marquee.plugin.rtmp.protocol.message;
