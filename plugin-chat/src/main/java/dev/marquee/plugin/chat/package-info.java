/**
 * The chat plugin: realtime chat per stage over the stage WebSocket ({@code /ws/stages/{stageId}}),
 * with stored history, per-person limits, slow mode, moderation by hosts and organizers, and presence.
 */
package dev.marquee.plugin.chat;
