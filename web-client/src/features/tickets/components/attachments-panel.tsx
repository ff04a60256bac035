import { Alert, Anchor, Badge, Button, Checkbox, Group, Input, List, Stack, Text } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Ticket } from '@/api/types';
import { QueryState } from '@/components/ui/query-state';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { attachmentHref, useTicketAttachments } from '../api/get-ticket-attachments';
import { useUploadTicketAttachment } from '../api/upload-ticket-attachment';

import { ticketChangeError } from './change-error';

const MAX_BYTES = 10 * 1024 * 1024;

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The ticket's files (download with the original name) and, for those who may attach (canUpload), an upload form
 * (10 MB, allowed types only).
 */
export function AttachmentsPanel({ ticket, canUpload }: { ticket: Ticket; canUpload: boolean }) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [internal, setInternal] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const attachments = useTicketAttachments(ticket.number);
  const upload = useUploadTicketAttachment(ticket.number);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!file) {
      setFileError(t('tickets.attachments.chooseFile'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(t('tickets.attachments.tooLarge'));
      return;
    }
    setFileError(null);
    upload.mutate(
      { number: ticket.number, file, internal },
      {
        onSuccess: () => {
          setFile(null);
          setInternal(false);
          if (input.current) input.current.value = '';
        },
        onError: (error) => {
          const result = ticketChangeError(error, t);
          setFailure(result.stale ? t('tickets.stale') : result.message);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <QueryState query={attachments}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('tickets.attachments.empty')}
            </Text>
          ) : (
            <List spacing="xs" listStyleType="none" aria-label={t('tickets.attachments.listLabel')}>
              {list.map((attachment) => (
                <List.Item key={attachment.id}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor href={attachmentHref(ticket.number, attachment.id)} download={attachment.fileName}>
                      {attachment.fileName}
                    </Anchor>
                    {attachment.internal ? (
                      <Badge color="yellow" variant="filled" autoContrast size="sm">
                        {t('tickets.attachments.internal')}
                      </Badge>
                    ) : null}
                    <Text size="xs" c="dimmed">
                      {formatSize(Number(attachment.sizeBytes))} · {attachment.uploadedByName} · {formatDateTime(attachment.createdAt, timeZone)}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>

      {canUpload ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Input.Wrapper label={t('tickets.attachments.file')} description={t('tickets.attachments.hint')} error={fileError} id={inputId}>
              <input
                ref={input}
                id={inputId}
                type="file"
                aria-describedby={[fileError ? `${inputId}-error` : '', `${inputId}-description`].filter(Boolean).join(' ')}
                aria-invalid={fileError ? true : undefined}
                onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
                style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
              />
            </Input.Wrapper>
            <Checkbox label={t('tickets.attachments.internalLabel')} checked={internal} onChange={(event) => setInternal(event.currentTarget.checked)} />
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            <Button type="submit" variant="light" loading={upload.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('tickets.attachments.submit')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
