// Splits a failed save into messages per field (shown beside the inputs) and one for the whole form.
import { ApiError, describe } from '../lib/api';

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

export function formErrors(e: unknown): FormErrors {
  if (e instanceof ApiError && e.fields.length > 0) {
    const fields: Record<string, string> = {};
    for (const f of e.fields) fields[f.name] = f.message;
    return { fields, form: e.detail };
  }
  return { fields: {}, form: describe(e) };
}
