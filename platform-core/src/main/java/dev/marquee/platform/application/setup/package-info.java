/**
 * First start: the bootstrap organizer from configuration or, failing that, a one-time setup link
 * printed in the log; and the demo event seeded on the first start.
 */
package dev.marquee.platform.application.setup;
