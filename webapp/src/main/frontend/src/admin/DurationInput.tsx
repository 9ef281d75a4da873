// A DURATION setting as an amount and a unit ("every 1 minute"); the value handed on stays the ISO-8601
// text the server stores (PT1M).
import { useState } from 'preact/hooks';
import type { FieldA11y } from './Field';
import { readDuration, writeDuration, type Unit } from './duration';

const UNITS: Unit[] = ['seconds', 'minutes', 'hours'];

interface Props {
  a11y: FieldA11y;
  name: string;
  value: string;
  onValue: (value: string) => void;
}

export function DurationInput({ a11y, name, value, onValue }: Props) {
  const read = readDuration(value);
  const [unit, setUnit] = useState<Unit>(read?.unit ?? 'minutes');
  const [amount, setAmount] = useState(read ? String(read.amount) : '');
  const change = (nextAmount: string, nextUnit: Unit) => {
    setAmount(nextAmount);
    setUnit(nextUnit);
    const n = Number(nextAmount);
    onValue(nextAmount === '' || !Number.isInteger(n) || n <= 0 ? '' : writeDuration(n, nextUnit));
  };
  return (
    <div class="row duration">
      <span aria-hidden="true">every</span>
      <input {...a11y} name={name} type="number" min={1} step={1} value={amount} class="amount"
        onInput={(e) => change((e.target as HTMLInputElement).value, unit)} />
      <select aria-label="Unit" name={name + '-unit'} value={unit}
        onChange={(e) => change(amount, (e.target as HTMLSelectElement).value as Unit)}>
        {UNITS.map((u) => <option key={u} value={u}>{u}</option>)}
      </select>
    </div>
  );
}
