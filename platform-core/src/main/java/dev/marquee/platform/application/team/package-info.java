/**
 * An event's team: inviting people by email to organize the event, host or moderate its stages; accepting
 * an invitation (a new account or an existing one); listing and taking back roles.
 */
package dev.marquee.platform.application.team;
