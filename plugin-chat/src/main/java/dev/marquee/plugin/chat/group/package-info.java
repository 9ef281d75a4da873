/**
 * Group chats: a signed-in person of an event starts a chat with people they pick from the same event,
 * and only its members read and write it. {@link dev.marquee.plugin.chat.group.GroupService} checks
 * membership on every read and send; messages reach members connected to any stage of the event through
 * their {@link dev.marquee.plugin.chat.room.Inboxes}, published through the same
 * {@link dev.marquee.plugin.chat.room.ChatBus} as stage frames.
 */
package dev.marquee.plugin.chat.group;
