package dev.marquee.platform.interfaces.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that signs someone in, or is a step of signing in that changes nothing (an
 * invitation's preview): it has no session to take a CSRF token from yet, so {@link SessionFilter} lets it
 * through without the {@code X-CSRF-Token} header even when an old session cookie comes along. Such a
 * method must open a new session, refuse, or only read; never act for the session the cookie names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SignInEndpoint {
}
