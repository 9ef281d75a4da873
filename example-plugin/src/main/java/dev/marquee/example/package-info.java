/**
 * An example plugin for Marquee: the {@code example-embed} media provider, which embeds any https page
 * as a stage and keeps a note of when each stage was provisioned in a table of its own.
 */
package dev.marquee.example;
