/**
 * Live rooms: the connections of each stage and each signed-in person's inbox (group chats), their
 * bounded outbound queues, the fan-out that encodes a frame once and hands it to every queue
 * ({@link dev.marquee.plugin.chat.room.Fanout}), per-person limits, and the one seam
 * ({@link dev.marquee.plugin.chat.room.ChatBus}) every broadcast goes through. How a frame reaches the
 * wire is the {@code ws} package's choice, behind {@link dev.marquee.plugin.chat.room.ClientSocket}.
 */
package dev.marquee.plugin.chat.room;
