// Past imports of an event's tickets, newest first, with each rejected line and why.

export interface ImportRun {
  id: number;
  sourceType: string;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  rowsRead: number;
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  missing: number;
  rejectedCount: number;
  rejected: { line: number; reason: string }[];
  error: string | null;
}

export function ImportRuns({ runs }: { runs: ImportRun[] }) {
  if (runs.length === 0) return null;
  return (
    <>
      <h2>Imports</h2>
      <div class="table-wrap">
        <table>
          <thead><tr><th>Started</th><th>How</th><th>Status</th><th>Rows</th><th>New</th><th>Updated</th>
            <th>Cancelled</th><th>Unchanged</th><th>Rejected</th></tr></thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td>{new Date(r.startedAt).toLocaleString()}</td>
                <td>{r.trigger.toLowerCase()} · {r.sourceType}</td>
                <td>{r.status.toLowerCase()}{r.error && <div class="field-error">{r.error}</div>}</td>
                <td>{r.rowsRead}</td><td>{r.created}</td><td>{r.updated}</td><td>{r.cancelled}</td><td>{r.unchanged}</td>
                <td>{r.rejectedCount === 0 ? 0 : (
                  <details><summary>{r.rejectedCount}</summary>
                    <ul>{r.rejected.map((x) => <li key={x.line}>line {x.line}: {x.reason}</li>)}</ul>
                  </details>
                )}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
