import { isApiError } from '@/api/problem';
import { mutationErrorMessage } from '@/components/ui/query-error';

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

/**
 * Applies a failed save's problem to the form: the API's field errors go on their fields (see applyProblemToForm),
 * and the result is the message for the form's general alert: the API's messages that belong to no field of the
 * form, or, when the API named no field at all, the problem's detail (else `fallback`). Null when every message
 * landed on a field.
 */
export function applyProblem(form: FormWithErrors, error: unknown, fallback: string, aliases: Record<string, string> = {}): string | null {
  const rest = applyProblemToForm(form, error, aliases);
  if (rest.length > 0) return rest.join(' ');
  if (!isApiError(error) || Object.keys(error.fieldErrors).length === 0) return mutationErrorMessage(error, fallback);
  return null;
}
