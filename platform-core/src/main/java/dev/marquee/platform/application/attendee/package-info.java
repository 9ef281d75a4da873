/** Use cases of attendees: the roster organizers see (the ticketing plugins fill it). */
package dev.marquee.platform.application.attendee;
