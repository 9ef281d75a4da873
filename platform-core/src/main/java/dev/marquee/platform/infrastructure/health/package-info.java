/** MicroProfile Health checks: readiness means the database answers and its schema is current. */
package dev.marquee.platform.infrastructure.health;
