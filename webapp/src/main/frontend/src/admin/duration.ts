// A DURATION setting as an amount and a unit ("every 1 minute") while the value stays the ISO-8601 text
// the server stores (PT1M, PT30S, PT2H).

export type Unit = 'seconds' | 'minutes' | 'hours';

const SECONDS: Record<Unit, number> = { seconds: 1, minutes: 60, hours: 3600 };

/** PT1M → {amount: 1, unit: 'minutes'}: the largest unit the duration is a whole number of; null if unreadable. */
export function readDuration(iso: string): { amount: number; unit: Unit } | null {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(iso.trim());
  if (!m || iso.trim().toUpperCase() === 'PT') return null;
  const total = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  const unit: Unit = total > 0 && total % 3600 === 0 ? 'hours' : total > 0 && total % 60 === 0 ? 'minutes' : 'seconds';
  return { amount: total / SECONDS[unit], unit };
}

/** 2, 'minutes' → PT2M. */
export function writeDuration(amount: number, unit: Unit): string {
  return `PT${amount}${unit === 'hours' ? 'H' : unit === 'minutes' ? 'M' : 'S'}`;
}
