/** Invitations to join an event's team with a role, for the whole event or one stage. */
package dev.marquee.platform.domain.model.team;
