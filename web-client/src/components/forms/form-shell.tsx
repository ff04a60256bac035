import { Alert, Stack, type StackProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

interface FormShellProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** A problem of the whole form (not of one field), e.g. a failed save: shown above the fields, announced (role="alert"). */
  error?: string | null;
  /** Space between the fields (Mantine's spacing; default md). */
  gap?: StackProps['gap'];
  children: ReactNode;
}

/** A form (browser validation off: the form checks itself) with its fields in a column and the general error on top. */
export function FormShell({ onSubmit, error, gap, children }: FormShellProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap={gap}>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {children}
      </Stack>
    </form>
  );
}
