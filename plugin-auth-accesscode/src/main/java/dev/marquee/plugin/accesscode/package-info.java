/**
 * Sign-in with an emailed access code: the {@code access-code} authentication mechanism,
 * {@code POST /api/v1/auth/access-code} and {@code POST /api/v1/auth/access-code/resend}. The
 * {@code /login} page that the email's link opens is one of the site's pages (webapp), so it has
 * the site's header and look.
 */
package dev.marquee.plugin.accesscode;
