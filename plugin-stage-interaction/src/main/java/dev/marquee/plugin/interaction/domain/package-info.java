/**
 * What interaction is made of and its rules, free of storage and sockets: the stage's settings, questions
 * and the order of the queue, polls and what a valid ballot is, and the reaction window that sums clicks.
 * Plain values and small thread-safe helpers, tested with JUnit alone.
 */
package dev.marquee.plugin.interaction.domain;
