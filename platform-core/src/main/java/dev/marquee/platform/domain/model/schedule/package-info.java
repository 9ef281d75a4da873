/** The schedule: sessions (time slots) on stages, and which one is on now and which comes next. */
package dev.marquee.platform.domain.model.schedule;
