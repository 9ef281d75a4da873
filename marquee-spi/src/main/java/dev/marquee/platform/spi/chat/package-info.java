/**
 * The chat extension point: a realtime chat that attaches to stages. Core asks the chat plugin for
 * its per-stage settings and tells it when stages go away; the chat reaches people over the stage
 * WebSocket and uses core's access decisions.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.chat;
