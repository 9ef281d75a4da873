package dev.marquee.systemtest;

/** The schedule import on PostgreSQL: the migration, the import's row lock and the feed poller there. */
@Database(Database.Kind.POSTGRES)
class ScheduleImportOnPostgresIT extends ScheduleImportIT {
}
