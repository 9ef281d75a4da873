/**
 * Ticket imports: ticket sources per event, runs on schedule, on demand and from uploads, one per
 * event at a time across instances, turning ticket records into attendees with emailed access codes.
 */
package dev.marquee.platform.application.ticketing;
