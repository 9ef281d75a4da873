// What is wrong with mail, in one sentence for the console's banner and mail page.
import type { MailStatus } from './useMailStatus';

/** The banner's sentence for a status, or null when mail is going out. */
export function mailProblem(status: MailStatus): string | null {
  if (!status.configured) {
    return 'Mail is not configured on this server: access codes are not mailed to attendees' +
      (status.pending > 0 ? ` (${status.pending} waiting in the outbox)` : '') + '.';
  }
  if (status.pending > 0 && status.lastFailure) {
    return `Mail is not going out: ${status.pending} waiting. The last error: ${status.lastFailure}`;
  }
  return null;
}
