// The schedule import's answers (preview and apply) and the words the console shows for them.

export type ChangeKind = 'create' | 'update' | 'unchanged' | 'keep' | 'remove' | 'unmapped';

export interface ImportChange {
  kind: ChangeKind;
  externalId: string;
  title: string;
  room: string | null;
  speakers: string[];
  startsAt: string;
  endsAt: string;
  stageId: number | null;
  sessionId: number | null;
}

export interface ScheduleImport {
  digest: string;
  format: 'frab_xml' | 'schedule_json';
  applied: boolean;
  counts: Record<ChangeKind | 'problems', number>;
  rooms: { name: string; talks: number; stageId: number | null }[];
  changes: ImportChange[];
  problems: { position: string; reason: string }[];
}

export interface ScheduleFeed {
  url: string;
  syncMinutes: number;
  mapping: Record<string, number | null>;
  nextRunAt: string;
  lastRunAt: string | null;
  lastResult: string | null;
  lastError: string | null;
}

/** What each kind of change means, as a column of the preview's table says it. */
export const KIND_LABEL: Record<ChangeKind, string> = {
  create: 'New',
  update: 'Updated',
  unchanged: 'Unchanged',
  keep: 'Kept (edited here)',
  remove: 'Removed',
  unmapped: 'Not imported (room has no stage)',
};

/** "3 new, 1 updated, 1 kept, 2 not readable": the counts that are not zero, in the order that matters. */
export function summarize(result: ScheduleImport, applied = result.applied): string {
  const c = result.counts;
  const parts = [
    [c.create, applied ? 'created' : 'new'],
    [c.update, 'updated'],
    [c.remove, 'removed'],
    [c.keep, 'kept as edited here'],
    [c.unmapped, 'not imported (no stage)'],
    [c.unchanged, 'unchanged'],
    [c.problems, 'not readable'],
  ].filter(([n]) => (n as number) > 0).map(([n, what]) => `${n} ${what}`);
  return parts.length === 0 ? 'The file has no talks.' : parts.join(', ') + '.';
}

/** The rooms' stages as the apply request sends them. */
export function mappingOf(rooms: ScheduleImport['rooms']): Record<string, number | null> {
  return Object.fromEntries(rooms.map((r) => [r.name, r.stageId]));
}

/** Changes worth a row in the preview: everything but the unchanged ones. */
export function visibleChanges(result: ScheduleImport): ImportChange[] {
  return result.changes.filter((c) => c.kind !== 'unchanged');
}
