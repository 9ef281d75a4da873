// A stage's chat in the console: its settings (drawn from what the chat plugin declares) and the
// moderation log, newest first.
import { useEffect, useState } from 'preact/hooks';
import { describe, get, put } from '../lib/api';
import type { Stage } from '../lib/types';
import { formErrors, NO_ERRORS } from './formErrors';
import { cleanValues, SettingsForm, type SettingValues } from './SettingsForm';
import { usePlugins } from './usePlugins';

interface LogEntry {
  id: number;
  action: string;
  moderator: string;
  target: string | null;
  detail: string | null;
  at: string;
}

export function ChatAdmin({ stage }: { stage: Stage }) {
  const chat = (usePlugins() ?? []).find((p) => p.kind === 'CHAT');
  const [values, setValues] = useState<SettingValues>({});
  const [log, setLog] = useState<LogEntry[]>([]);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    get<SettingValues>(`/stages/${stage.id}/chat`).then(setValues).catch((e) => setErrors({ fields: {}, form: describe(e) }));
    get<LogEntry[]>(`/stages/${stage.id}/chat/moderation`).then(setLog).catch(() => setLog([]));
  }, [stage.id]);
  if (!chat) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    setSaved(false);
    try {
      setValues(await put<SettingValues>(`/stages/${stage.id}/chat`, cleanValues(chat.settings, values)));
      setSaved(true);
    } catch (err) {
      setErrors(formErrors(err));
    }
  };
  return (
    <section class="card" aria-labelledby="chat-admin">
      <h3 id="chat-admin">Chat</h3>
      <form class="stack" onSubmit={submit}>
        <SettingsForm prefix="chat-setting" settings={chat.settings} values={values} errors={errors.fields} onChange={setValues} />
        {errors.form && <p class="status error" role="alert">{errors.form}</p>}
        {saved && <p class="status ok" role="status">Saved; people in the chat see the change at once.</p>}
        <div><button type="submit">Save chat settings</button></div>
      </form>
      <h4>Moderation log</h4>
      {log.length === 0 ? <p class="muted">Nothing moderated yet.</p> : (
        <div class="table-wrap">
          <table aria-label="Moderation log">
            <thead><tr><th>When</th><th>Moderator</th><th>Action</th><th>Whom</th><th>Detail</th></tr></thead>
            <tbody>{log.map((e) => (
              <tr key={e.id}><td>{new Date(e.at).toLocaleString()}</td><td>{e.moderator}</td><td>{e.action}</td>
                <td>{e.target ?? '—'}</td><td>{e.detail ?? ''}</td></tr>
            ))}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
