/**
 * Sign-in with an emailed access code: the {@code access-code} authentication mechanism,
 * {@code POST /api/v1/auth/access-code}, and the {@code /login} page that the email's link opens.
 */
package dev.marquee.plugin.accesscode;
