/**
 * Importing a schedule from what conference tools export: the frab/C3VOC {@code schedule.xml} and the
 * schedule JSON of frab and pretalx. Readers turn a file into one neutral list of {@link
 * dev.marquee.platform.application.schedule.importing.ImportedTalk}s (bad items reported with their
 * position, the rest kept); {@link dev.marquee.platform.application.schedule.importing.ImportPlan}
 * compares them with the sessions an earlier import wrote, leaving sessions edited or created by hand
 * alone; the service previews and applies a plan, from an upload or a URL fetched through the guarded
 * outbound client, and keeps a URL in sync when asked.
 */
package dev.marquee.platform.application.schedule.importing;
