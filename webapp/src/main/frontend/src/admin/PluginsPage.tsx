// What the server found: every plugin with its kind, version, and whether it is configured.
import { usePlugins } from './usePlugins';

const KINDS: Record<string, string> = {
  MEDIA: 'Stage streams', TICKETING: 'Ticket sources', AUTHENTICATION: 'Sign-in', CHAT: 'Chat',
};

export function PluginsPage() {
  const plugins = usePlugins();
  if (!plugins) return <p aria-live="polite">Loading…</p>;
  return (
    <section aria-labelledby="plugins-title">
      <h1 id="plugins-title">Plugins</h1>
      <p class="muted">Found inside marquee.war and in the plugins directory at start.</p>
      <div class="table-wrap">
        <table>
          <thead><tr><th>Plugin</th><th>Id</th><th>Kind</th><th>Version</th><th>Configured</th><th>Settings</th></tr></thead>
          <tbody>
            {plugins.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td><td><code>{p.id}</code></td><td>{KINDS[p.kind] ?? p.kind}</td><td>{p.version ?? '—'}</td>
                <td>{p.configured ? 'yes' : <><strong>no</strong>{p.configurationHint && <> · {p.configurationHint}</>}</>}</td>
                <td>{p.settings.map((s) => s.label).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
