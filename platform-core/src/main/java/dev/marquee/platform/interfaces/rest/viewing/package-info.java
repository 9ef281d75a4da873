/**
 * Viewing REST API: a person's open streams ({@code /api/v1/me/streams}), the heartbeat of iframe
 * stages ({@code /api/v1/stages/{id}/viewing}) and attendance for organizers
 * ({@code /api/v1/events/{id}/attendance}, JSON or CSV).
 */
package dev.marquee.platform.interfaces.rest.viewing;
