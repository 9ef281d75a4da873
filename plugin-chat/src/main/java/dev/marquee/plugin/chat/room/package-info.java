/**
 * Live rooms: the connections of each stage, their bounded outbound queues, per-person limits, and the
 * one seam ({@link dev.marquee.plugin.chat.room.ChatBus}) every broadcast goes through.
 */
package dev.marquee.plugin.chat.room;
