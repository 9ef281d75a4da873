// What an uploaded export must look like, beside the upload button: the file is read with the settings of
// the event's first ticket source (or the ticketing plugin's defaults when there is none), so its header
// line needs the columns that source names. A ticketing plugin that reads files by column names declares
// them as its `columns` setting, with the default names as the setting's default.
import type { Plugin } from '../lib/types';
import type { TicketSource } from './TicketSourceForm';

export function UploadColumns({ plugins, sources }: { plugins: Plugin[]; sources: TicketSource[] }) {
  const source = sources[0];
  const plugin = source ? plugins.find((p) => p.id === source.type) : plugins.find((p) => p.kind === 'TICKETING');
  const setting = plugin?.settings.find((s) => s.name === 'columns' && s.type === 'STRING_MAP');
  if (!plugin || !setting) return null;
  const columns = { ...asMap(setting.defaultValue), ...asMap(source?.settings.columns) };
  const names = Object.values(columns);
  if (names.length === 0) return null;
  return (
    <div class="help" id="upload-columns">
      <p>The file's first line names its columns{source ? ' (as this event\'s ticket source says)' : ''}:{' '}
        {names.map((n, i) => <span key={n}><code>{n}</code>{i < names.length - 1 ? ', ' : ''}</span>)}.
        {setting.help && ` ${setting.help.replace(/([^.!?])$/, '$1.')}`}</p>
    </div>
  );
}

function asMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as
    Record<string, string>;
}
