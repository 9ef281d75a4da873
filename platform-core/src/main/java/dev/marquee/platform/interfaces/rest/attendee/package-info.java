/** An event's attendees, for organizers, and "send my access code again" for attendees. */
package dev.marquee.platform.interfaces.rest.attendee;
