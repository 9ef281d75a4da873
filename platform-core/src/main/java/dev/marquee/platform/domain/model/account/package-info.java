/** Accounts of people who sign in with a password (organizers, hosts) and the roles granted to them. */
package dev.marquee.platform.domain.model.account;
