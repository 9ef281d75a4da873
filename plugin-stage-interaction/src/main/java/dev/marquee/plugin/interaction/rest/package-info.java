/**
 * REST for the console and pages under {@code /api/v1}: a stage's interaction settings, its questions (list,
 * moderate, CSV export) and polls (prepare, open, close, delete, CSV export). Resources check who may do
 * what ({@link dev.marquee.plugin.interaction.rest.InteractionAccess}: the chat's moderation rights) and
 * hand the work to the services of {@code live}; views are built here, never entities at the boundary.
 */
package dev.marquee.plugin.interaction.rest;
