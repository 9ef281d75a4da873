// A labelled form control with its help text and the server's error beside it, wired for screen readers.
import type { ComponentChildren } from 'preact';

/** What a field's control takes from its Field: its id and the wiring to the label, help and error. */
export interface FieldA11y { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string; required?: boolean }

interface FieldProps {
  id: string;
  label: string;
  help?: string | null;
  error?: string;
  required?: boolean;
  children: (a11y: FieldA11y) => ComponentChildren;
}

export function Field({ id, label, help, error, required, children }: FieldProps) {
  const describedBy = [help ? id + '-help' : '', error ? id + '-error' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy, required })}
      {help && <div class="help" id={id + '-help'}>{help}</div>}
      {error && <div class="field-error" id={id + '-error'} data-field-error={id}>{error}</div>}
    </div>
  );
}

/** The value of the input an event came from. */
export const valueOf = (e: Event) => (e.target as HTMLInputElement).value;
