/**
 * Ticketing: the ticket sources configured per event, the import runs that read them, and the lock
 * that keeps one import per event at a time across instances.
 */
package dev.marquee.platform.domain.model.ticketing;
