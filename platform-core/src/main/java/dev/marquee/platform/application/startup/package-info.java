/** What runs once when Marquee starts, after the schema migrations. */
package dev.marquee.platform.application.startup;
