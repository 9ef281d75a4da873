// Splits a failed save into messages per field (shown beside the inputs) and one for the whole form.
import { ApiError, describe } from '../lib/api';

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * The errors of a save. Given the names of the fields the form shows, a field error is shown only beside
 * its field and the form just points there; errors for fields the form lacks are spelled out below it.
 */
export function formErrors(e: unknown, onForm?: string[]): FormErrors {
  if (e instanceof ApiError && e.fields.length > 0) {
    const fields: Record<string, string> = {};
    for (const f of e.fields) fields[f.name] = f.message;
    if (!onForm) return { fields, form: e.detail };
    const elsewhere = e.fields.filter((f) => !onForm.includes(f.name)).map((f) => f.message);
    return { fields, form: elsewhere.length > 0 ? elsewhere.join('; ') : 'Not saved: see the marked fields above.' };
  }
  return { fields: {}, form: describe(e) };
}
