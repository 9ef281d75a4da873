/** What the chat keeps in the database: messages, bans, the moderation log and per-room settings. */
package dev.marquee.plugin.chat.domain;
