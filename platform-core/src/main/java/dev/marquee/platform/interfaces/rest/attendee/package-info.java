/** An event's attendees, for organizers. */
package dev.marquee.platform.interfaces.rest.attendee;
