/** Attendees of an event and the tickets that admit them; ticket sources fill these in. */
package dev.marquee.platform.domain.model.attendee;
