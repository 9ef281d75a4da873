/** Use cases of the schedule: sessions per stage, with overlap warnings, and each stage's "now" and "next". */
package dev.marquee.platform.application.schedule;
