/**
 * Plain JDBC on the application's JTA data source, for the few write paths where JPA's per-entity cost
 * is too high (an import creating 100,000 attendees). Same transaction and connection as JPA; ids from
 * the entities' sequences.
 */
package dev.marquee.platform.infrastructure.persistence.jdbc;
