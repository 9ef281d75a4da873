// Starting a group chat: an optional name, and people picked from the event by searching their names.
import { useEffect, useState } from 'preact/hooks';
import { describe } from '../lib/api';
import { type Group, groupsApi, type Person } from '../lib/groups';

const MAX_OTHERS = 19;

interface Props {
  eventId: number;
  onCreated: (group: Group) => void;
  onCancel: () => void;
}

export function NewGroupForm({ eventId, onCreated, onCancel }: Props) {
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Person[]>([]);
  const [picked, setPicked] = useState<Person[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      groupsApi.people(eventId, query).then(setFound).catch((e) => setError(describe(e)));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [eventId, query]);
  const isPicked = (p: Person) => picked.some((x) => x.id === p.id);
  const toggle = (p: Person) => setPicked((all) => (all.some((x) => x.id === p.id)
    ? all.filter((x) => x.id !== p.id) : all.length < MAX_OTHERS ? [...all, p] : all));
  const submit = (e: Event) => {
    e.preventDefault();
    groupsApi.create(eventId, name, picked.map((p) => p.id)).then(onCreated).catch((err) => setError(describe(err)));
  };
  return (
    <form class="stack" onSubmit={submit} aria-label="New group chat">
      <label>
        Name (optional)
        <input value={name} maxLength={60} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        Find people of this event
        <input type="search" value={query} autoComplete="off" placeholder="Type a name…"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      <fieldset class="picker">
        <legend>People ({picked.length} picked, at most {MAX_OTHERS})</legend>
        {picked.filter((p) => !found.some((f) => f.id === p.id)).concat(found).map((p) => (
          <label key={p.id} class="row">
            <input type="checkbox" checked={isPicked(p)} onChange={() => toggle(p)}
              disabled={!isPicked(p) && picked.length >= MAX_OTHERS} />
            {p.name}
          </label>
        ))}
        {found.length === 0 && <p class="muted" aria-live="polite">Nobody found.</p>}
      </fieldset>
      {error && <p class="status error" role="alert">{error}</p>}
      <div class="row">
        <button type="submit" disabled={picked.length === 0}>Start group chat</button>
        <button type="button" class="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
