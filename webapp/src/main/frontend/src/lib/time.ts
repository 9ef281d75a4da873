// Times in the event's timezone and in the viewer's own, with Intl only (no date library).

/** The viewer's IANA timezone, as the browser reports it. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = zone + JSON.stringify(options);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
    formats.set(key, f);
  }
  return f;
}

/** "14:30" (or the locale's way) in the zone. */
export function clock(iso: string | Date, zone: string): string {
  return format(zone, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "Sat 21 Nov" in the zone. */
export function day(iso: string | Date, zone: string): string {
  return format(zone, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));
}

/** Minutes east of UTC of the zone at the instant (e.g. 60 for Berlin in winter). */
export function offsetMinutes(instant: Date, zone: string): number {
  const parts = format(zone, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** Whether two zones show the same wall-clock time at the instant. */
export function sameOffset(instant: Date, a: string, b: string): boolean {
  return offsetMinutes(instant, a) === offsetMinutes(instant, b);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of a datetime-local input ("2026-11-21T14:30") showing the instant in the zone. */
export function toLocalInput(iso: string, zone: string): string {
  const instant = new Date(iso);
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, zone) * 60000);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

/** An ISO-8601 timestamp with the zone's offset for a datetime-local value read as wall time in the zone. */
export function fromLocalInput(value: string, zone: string): string {
  const [date, time] = value.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // the offset at the wall time itself; a second pass settles days when the offset changes
  let offset = offsetMinutes(new Date(wall), zone);
  offset = offsetMinutes(new Date(wall - offset * 60000), zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${pad(h)}:${pad(mi)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "in 5 min", "in 2 h 10 min", "in 3 days". */
export function until(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.round((to.getTime() - from.getTime()) / 60000));
  if (minutes < 1) return 'in less than a minute';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `in ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `in ${Math.round(hours / 24)} days`;
}

/** The IANA zones the browser knows, for the event form. */
export function knownZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
