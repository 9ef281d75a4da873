/** Technical parts behind the domain: persistence, plugin discovery, security primitives, health checks. */
package dev.marquee.platform.infrastructure;
