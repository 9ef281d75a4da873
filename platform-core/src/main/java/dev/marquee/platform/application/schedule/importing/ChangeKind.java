package dev.marquee.platform.application.schedule.importing;

/** What an import does with one talk or one previously imported session. */
public enum ChangeKind {
    /** A new talk: a session is created on its room's stage. */
    CREATE,
    /** A talk imported before that changed in the file: its session is updated (and moved if its room's stage changed). */
    UPDATE,
    /** A talk imported before, the same in the file: nothing to do. */
    UNCHANGED,
    /** A session an organizer edited since the import wrote it: left as it is, whatever the file says. */
    KEEP,
    /** A session imported before whose talk is no longer in the file: removed. */
    REMOVE,
    /** A talk whose room is mapped to no stage: not imported (a session already imported from it stays). */
    UNMAPPED
}
