/**
 * The database: the container data source (H2 by default, PostgreSQL by configuration) and the
 * Flyway migrations of core and of every plugin, applied at start before anything touches the schema.
 */
package dev.marquee.platform.infrastructure.persistence.migration;
