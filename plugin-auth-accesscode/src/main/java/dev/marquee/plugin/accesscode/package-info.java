/**
 * Sign-in with an emailed access code: the {@code access-code} authentication mechanism. Core serves it
 * at {@code POST /api/v1/auth/access-code} (as every mechanism, at {@code /api/v1/auth/{id}}) and owns the
 * codes themselves (issuing, mailing, "send my code again" at {@code POST /api/v1/access-codes/resend});
 * this plugin only says whether a typed code admits someone. The {@code /login} page that the email's link
 * opens is one of the site's pages (webapp), so it has the site's header and look.
 */
package dev.marquee.plugin.accesscode;
