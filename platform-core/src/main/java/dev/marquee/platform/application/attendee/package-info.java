/**
 * Use cases of attendees: the roster organizers see (the ticketing plugins fill it), access codes, and
 * what attendees do for themselves (a code sent again, their events, signing out everywhere).
 */
package dev.marquee.platform.application.attendee;
