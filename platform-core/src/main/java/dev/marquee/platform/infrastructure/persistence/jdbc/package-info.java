/**
 * Plain JDBC on the application's JTA data source, for the few write paths where JPA's per-entity cost
 * is too high (an import creating 100,000 attendees; same transaction and connection as JPA; ids from
 * the entities' sequences), and plugins' statements on their own tables ({@code spi.persistence.PluginData}).
 */
package dev.marquee.platform.infrastructure.persistence.jdbc;
