/** Marquee's domain: the aggregates under {@code model}, each package holding entities and their repository interface side by side. */
package dev.marquee.platform.domain;
