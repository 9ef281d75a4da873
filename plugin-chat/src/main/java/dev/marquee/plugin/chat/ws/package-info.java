/** The stage WebSocket: handshake (who you are), frames in and out, and the commands they carry. */
package dev.marquee.plugin.chat.ws;
