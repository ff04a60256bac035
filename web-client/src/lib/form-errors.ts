import { isApiError } from '@/api/problem';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
  getValues: () => object;
}

/**
 * Puts the API's validation errors (problem.errors, camelCase field names) on the form's fields.
 * `aliases` names the form field of an API field that the form edits under another name
 * (e.g. `{ olaMinutes: 'olaHours' }`). Returns the messages that belong to no field of this form, for a general alert.
 */
export function applyProblemToForm(form: FormWithErrors, error: unknown, aliases: Record<string, string> = {}): string[] {
  if (!isApiError(error)) return [];
  const fields = new Set(Object.keys(form.getValues()));
  const onFields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    const apiRoot = field.split(/[.[]/)[0] ?? field;
    const root = aliases[apiRoot] ?? apiRoot;
    if (fields.has(root)) onFields[root] = onFields[root] ? `${onFields[root]} ${message}` : message;
    else elsewhere.push(message);
  }
  if (Object.keys(onFields).length > 0) form.setErrors(onFields);
  return elsewhere;
}
