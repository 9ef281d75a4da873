/**
 * Contract tests per plugin kind (a TCK): a plugin's integration test extends the one for its kind and is
 * checked against the platform's expectations on the real server.
 */
package dev.marquee.testkit.tck;
