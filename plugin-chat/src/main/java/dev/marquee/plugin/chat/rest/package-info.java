/**
 * The chat's REST API: a stage's chat settings, moderation log and replay log, and group chats (the people of an
 * event one may pick, one's groups, their messages, leaving). DTOs only, never entities.
 */
package dev.marquee.plugin.chat.rest;
