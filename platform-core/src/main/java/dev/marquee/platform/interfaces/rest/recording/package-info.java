/** The recordings and replays API: organizers manage recordings and cut replays; attendees watch them. */
package dev.marquee.platform.interfaces.rest.recording;
