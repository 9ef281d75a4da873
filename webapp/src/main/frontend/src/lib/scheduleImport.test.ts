import { describe, expect, it } from 'vitest';
import { mappingOf, summarize, visibleChanges, type ScheduleImport } from './scheduleImport';

const result = (counts: Partial<ScheduleImport['counts']>, applied = false): ScheduleImport => ({
  digest: 'd', format: 'frab_xml', applied,
  counts: { create: 0, update: 0, unchanged: 0, keep: 0, remove: 0, unmapped: 0, problems: 0, ...counts },
  rooms: [{ name: 'Saal 1', talks: 2, stageId: 4 }, { name: 'Foyer', talks: 1, stageId: null }],
  changes: [
    { kind: 'create', externalId: 'a', title: 'A', room: 'Saal 1', speakers: [], startsAt: '', endsAt: '', stageId: 4, sessionId: null },
    { kind: 'unchanged', externalId: 'b', title: 'B', room: 'Saal 1', speakers: [], startsAt: '', endsAt: '', stageId: 4, sessionId: 9 },
  ],
  problems: [],
});

describe('the schedule import in words', () => {
  it('names the counts that are not zero, new before applying and created after', () => {
    expect(summarize(result({ create: 3, keep: 1, problems: 2 }))).toBe('3 new, 1 kept as edited here, 2 not readable.');
    expect(summarize(result({ create: 3 }, true))).toBe('3 created.');
    expect(summarize(result({}))).toBe('The file has no talks.');
  });

  it('sends every room with its stage or null', () => {
    expect(mappingOf(result({}).rooms)).toEqual({ 'Saal 1': 4, Foyer: null });
  });

  it('leaves unchanged talks out of the table', () => {
    expect(visibleChanges(result({})).map((c) => c.externalId)).toEqual(['a']);
  });
});
