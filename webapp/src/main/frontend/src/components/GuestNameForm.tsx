// A PUBLIC event asks a guest only for the name others will see, and only when they first chat, ask,
// vote or react (watching needs no name). Shown in a dialog over the page; Cancel drops what waited.
import { useEffect, useRef, useState } from 'preact/hooks';
import { cleanName } from '../lib/guest';

interface Props {
  onName: (name: string) => void;
  onCancel?: () => void;
}

export function GuestNameForm({ onName, onCancel }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const name = cleanName(value);
    if (!name) {
      setError('Please type a name (up to 40 characters).');
      return;
    }
    onName(name);
  };
  return (
    <form class="stack" onSubmit={submit} aria-labelledby="guest-title">
      <h2 id="guest-title">Your name, please</h2>
      <label>
        Your display name
        <input name="displayName" value={value} maxLength={40} autoComplete="nickname" required
          aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'guest-error' : undefined}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        <span class="help">Others see this name beside what you write. No account needed.</span>
      </label>
      {error && <p id="guest-error" class="field-error" role="alert">{error}</p>}
      <div class="row">
        <button type="submit">Join</button>
        {onCancel && <button type="button" class="secondary" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}

/** The name form in a modal dialog, open while `open` is true. */
export function GuestNameDialog({ open, onName, onCancel }: { open: boolean; onName: (name: string) => void; onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} class="guest-name" aria-labelledby="guest-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      {open && <GuestNameForm onName={onName} onCancel={onCancel} />}
    </dialog>
  );
}
