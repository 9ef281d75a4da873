// A party's "whose video" picker: a box per person sharing their video. Each change sends the whole
// chosen set (lib/party.ts).
import type { Guest } from '../../lib/party';

interface Props {
  people: Guest[];
  watching: string[];
  djIdentity: string | null;
  onChange: (identity: string, on: boolean) => void;
}

export function WatchPicker({ people, watching, djIdentity, onChange }: Props) {
  return (
    <fieldset class="watch-picker">
      <legend>Whose video to watch</legend>
      {people.length === 0 ? <p class="muted">Nobody else shares their video yet.</p> : people.map((p) => (
        <label key={p.identity} class="check">
          <input type="checkbox" checked={watching.includes(p.identity)}
            onChange={(e) => onChange(p.identity, (e.target as HTMLInputElement).checked)} />
          {p.name}{p.identity === djIdentity && <> <span class="badge">DJ</span></>}
        </label>
      ))}
    </fieldset>
  );
}
