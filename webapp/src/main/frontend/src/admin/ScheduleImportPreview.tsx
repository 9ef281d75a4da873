// A schedule import's preview: the rooms found with a stage to pick for each, every change the import
// would make, and the items of the file that could not be read.
import type { Session, Stage } from '../lib/types';
import { KIND_LABEL, summarize, visibleChanges, type ImportChange, type ScheduleImport } from '../lib/scheduleImport';
import { SessionTime } from '../components/SessionTime';

interface Props {
  result: ScheduleImport;
  stages: Stage[];
  zone: string;
  busy: boolean;
  onMap: (room: string, stageId: number | null) => void;
}

export function ScheduleImportPreview({ result, stages, zone, busy, onMap }: Props) {
  const changes = visibleChanges(result);
  const stageName = (id: number | null) => stages.find((s) => s.id === id)?.name ?? '—';
  return (
    <div class="import-preview">
      <p role="status" id="import-summary" class={result.applied ? 'status ok' : undefined}>
        <strong>{result.applied ? 'Imported: ' : 'This import would bring: '}</strong>{summarize(result)}</p>
      <h4 id="import-rooms">Rooms and stages</h4>
      <div class="table-wrap">
        <table aria-labelledby="import-rooms">
          <thead><tr><th scope="col">Room in the file</th><th scope="col">Talks</th><th scope="col">Stage</th></tr></thead>
          <tbody>
            {result.rooms.map((room) => (
              <tr key={room.name}>
                <th scope="row">{room.name}</th>
                <td>{room.talks}</td>
                <td>
                  <select aria-label={`Stage for ${room.name}`} disabled={busy || result.applied}
                    value={room.stageId === null ? '' : String(room.stageId)}
                    onChange={(e) => {
                      const v = (e.target as HTMLSelectElement).value;
                      onMap(room.name, v === '' ? null : Number(v));
                    }}>
                    <option value="">Do not import</option>
                    {stages.map((s) => <option key={s.id} value={String(s.id)}>{s.name}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4 id="import-changes">{result.applied ? 'What changed' : 'What would change'}</h4>
      {changes.length === 0 ? <p class="muted">Nothing: the schedule is up to date.</p> : (
        <div class="table-wrap">
          <table aria-labelledby="import-changes">
            <thead><tr><th scope="col">Change</th><th scope="col">Session</th><th scope="col">When</th>
              <th scope="col">Stage</th></tr></thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.kind + c.externalId} class={'change-' + c.kind}>
                  <td>{KIND_LABEL[c.kind]}</td>
                  <td><strong>{c.title}</strong>{c.speakers.length > 0 && <span class="muted"> · {c.speakers.join(', ')}</span>}</td>
                  <td><SessionTime session={asSession(c)} zone={zone} withDay /></td>
                  <td>{c.kind === 'unmapped' ? c.room : stageName(c.stageId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.problems.length > 0 && (
        <>
          <h4 id="import-problems">Not readable in the file</h4>
          <ul aria-labelledby="import-problems">
            {result.problems.map((p) => <li key={p.position}>{p.position}: {p.reason}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}

/** A change as the session it is or would be, for showing its time. */
function asSession(c: ImportChange): Session {
  return { id: c.sessionId ?? 0, stageId: c.stageId ?? 0, title: c.title, description: null, speakers: c.speakers,
    startsAt: c.startsAt, endsAt: c.endsAt };
}
