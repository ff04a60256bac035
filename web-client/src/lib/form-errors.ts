import { isApiError } from '@/api/problem';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
  getValues: () => object;
}

/**
 * Puts the API's validation errors (problem.errors, camelCase field names) on the form's fields.
 * Returns the messages that belong to no field of this form, for a general alert.
 */
export function applyProblemToForm(form: FormWithErrors, error: unknown): string[] {
  if (!isApiError(error)) return [];
  const fields = new Set(Object.keys(form.getValues()));
  const onFields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    const root = field.split(/[.[]/)[0] ?? field;
    if (fields.has(root)) onFields[root] = onFields[root] ? `${onFields[root]} ${message}` : message;
    else elsewhere.push(message);
  }
  if (Object.keys(onFields).length > 0) form.setErrors(onFields);
  return elsewhere;
}
