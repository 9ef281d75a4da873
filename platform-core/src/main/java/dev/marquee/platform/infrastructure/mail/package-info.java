/** Outgoing mail over SMTP with Jakarta Mail, configured by {@code marquee.mail.*}. */
package dev.marquee.platform.infrastructure.mail;
