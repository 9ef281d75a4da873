/**
 * The plugin's rows, through JDBC on the application's data source: its own Flyway migrations
 * ({@code db/marquee/interaction}, applied at start after core's), and one store per aggregate. The
 * database decides what must hold across instances: a second vote by the same person on a question or
 * poll fails on the primary key and is ignored. Stores block; callers run them off socket threads.
 */
package dev.marquee.plugin.interaction.store;
