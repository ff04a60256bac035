import { Alert, Anchor, Button, Input, List, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { TrackedAttachment } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { customerAttachmentHref, useUploadCustomerAttachment } from '../api/upload-customer-attachment';

import classes from './public.module.css';

const MAX_BYTES = 10 * 1024 * 1024;

interface CustomerFilesProps {
  number: string;
  token: string;
  attachments: readonly TrackedAttachment[];
}

/** The request's files (the team's internal ones never appear) and a way for the customer to add one. */
export function CustomerFiles({ number, token, attachments }: CustomerFilesProps) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const headingId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const upload = useUploadCustomerAttachment();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!file) return setFileError(t('public.files.choose'));
    if (file.size > MAX_BYTES) return setFileError(t('public.files.fileTooLarge', { name: file.name }));
    setFileError(null);
    upload.mutate(
      { number, token, file },
      {
        onSuccess: () => {
          setFile(null);
          if (input.current) input.current.value = '';
        },
        onError: (error) =>
          setFailure(
            isApiError(error, 413)
              ? t('public.files.tooLarge')
              : isApiError(error, 415)
                ? t('public.files.typeNotAllowed')
                : mutationErrorMessage(error, t('public.files.failed')),
          ),
      },
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('public.files.title')}
      </Title>
      <Stack gap="sm">
        {attachments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('public.files.none')}
          </Text>
        ) : (
          <List spacing="xs" size="sm">
            {attachments.map((attachment) => (
              <List.Item key={attachment.id}>
                <Anchor href={customerAttachmentHref(number, attachment.id, token)} download={attachment.fileName}>
                  {attachment.fileName}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {formatDateTime(attachment.createdAt, timeZone)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Input.Wrapper label={t('public.files.add')} description={t('public.files.singleHint')} error={fileError} id={inputId}>
              <input
                ref={input}
                id={inputId}
                type="file"
                onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
                aria-describedby={[fileError ? `${inputId}-error` : '', `${inputId}-description`].filter(Boolean).join(' ')}
                aria-invalid={fileError ? true : undefined}
                className={classes.file}
              />
            </Input.Wrapper>
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            <Button type="submit" variant="light" loading={upload.isPending} fullWidth>
              {t('public.files.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
