/**
 * Live rooms: the connections of each stage and each signed-in person's inbox (group chats), their
 * bounded outbound queues, per-person limits, and the one seam
 * ({@link dev.marquee.plugin.chat.room.ChatBus}) every broadcast goes through.
 */
package dev.marquee.plugin.chat.room;
