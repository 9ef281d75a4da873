/** {@code /api/v1/events/{id}/team} and {@code /api/v1/team}: an event's team, invitations and accepting them. */
package dev.marquee.platform.interfaces.rest.team;
