/** The schedule over the API: sessions per stage, and the event's schedule with "now" and "next" per stage. */
package dev.marquee.platform.interfaces.rest.schedule;
