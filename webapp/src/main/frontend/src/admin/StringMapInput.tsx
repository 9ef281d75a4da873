// Name/value rows for a STRING_MAP setting (request headers, column names); secret values stay masked.
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  name: string;
  secret: boolean;
  value: Record<string, string>;
  onValue: (value: Record<string, string>) => void;
}

export function StringMapInput({ id, name, secret, value, onValue }: Props) {
  const [rows, setRows] = useState<[string, string][]>(Object.entries(value));
  const update = (next: [string, string][]) => {
    setRows(next);
    onValue(Object.fromEntries(next.filter(([k]) => k.trim() !== '')));
  };
  return (
    <div id={id} role="group" aria-label={name}>
      {rows.map(([k, v], i) => (
        <div class="map-row" key={i}>
          <input aria-label={`${name} name ${i + 1}`} value={k} placeholder="Name"
            onInput={(e) => update(rows.map((r, j) => (j === i ? [(e.target as HTMLInputElement).value, r[1]] : r)))} />
          <input aria-label={`${name} value ${i + 1}`} value={v} placeholder="Value" type={secret ? 'password' : 'text'}
            autoComplete="off"
            onInput={(e) => update(rows.map((r, j) => (j === i ? [r[0], (e.target as HTMLInputElement).value] : r)))} />
          <button type="button" class="secondary small" onClick={() => update(rows.filter((_, j) => j !== i))}
            aria-label={`Remove ${k || 'row'}`}>Remove</button>
        </div>
      ))}
      <button type="button" class="secondary small" onClick={() => update([...rows, ['', '']])}>Add a row</button>
    </div>
  );
}
