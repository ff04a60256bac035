import { Alert, Button, Input, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { WebRequestReceipt } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { DOCUMENT_TYPES, TICKET_TYPES, isOneOf } from '@/config/pqrs';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useSubmitWebRequest } from '../api/submit-web-request';
import { tokenOf, uploadCustomerAttachment } from '../api/upload-customer-attachment';

import classes from './public.module.css';

const EMAIL = /^\S+@\S+\.\S+$/;
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 5;

/** A file the API did not take (too large, type not allowed …), with the reason. */
export interface FailedFile {
  name: string;
  reason: string;
}

interface WebRequestFormProps {
  /** The receipt, the email the confirmation went to, and the files that could not be attached. */
  onSubmitted: (receipt: WebRequestReceipt, email: string, failedFiles: FailedFile[]) => void;
}

/** The public PQRS form: who is asking, how to reach them, what they ask. */
export function WebRequestForm({ onSubmitted }: WebRequestFormProps) {
  const { t } = useTranslation();
  const honeypotId = useId();
  const filesId = useId();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      documentType: 'CC',
      documentNumber: '',
      fullName: '',
      email: '',
      phone: '',
      type: '',
      subject: '',
      description: '',
      website: '',
    },
    validate: {
      documentNumber: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      fullName: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      email: (v) => (v.trim() === '' ? i18n.t('common.required') : EMAIL.test(v.trim()) ? null : i18n.t('common.invalidEmail')),
      type: (v) => (v === '' ? i18n.t('common.required') : null),
      description: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
    },
  });
  const submit = useSubmitWebRequest({
    onSuccess: async (receipt, body) => {
      // The files go after the request exists, with its tracking token; one refused file does not undo the request.
      const token = tokenOf(receipt.trackingUrl);
      const failed: FailedFile[] = [];
      setUploading(true);
      for (const file of files) {
        try {
          if (!token) throw new Error('no token');
          await uploadCustomerAttachment({ number: receipt.number, token, file });
        } catch (error) {
          const reason = isApiError(error, 413)
            ? t('public.files.tooLarge')
            : isApiError(error, 415)
              ? t('public.files.typeNotAllowed')
              : mutationErrorMessage(error, t('public.files.failed'));
          failed.push({ name: file.name, reason });
        }
      }
      setUploading(false);
      onSubmitted(receipt, body.email, failed);
    },
  });

  const chooseFiles = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    const tooLarge = chosen.find((file) => file.size > MAX_BYTES);
    if (chosen.length > MAX_FILES) setFilesError(t('public.files.tooMany', { max: MAX_FILES }));
    else if (tooLarge) setFilesError(t('public.files.fileTooLarge', { name: tooLarge.name }));
    else setFilesError(null);
    setFiles(chosen);
  };

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    if (!isOneOf(DOCUMENT_TYPES, values.documentType) || !isOneOf(TICKET_TYPES, values.type)) return;
    if (filesError) return;
    submit.mutate(
      {
        documentType: values.documentType,
        documentNumber: values.documentNumber.trim(),
        fullName: values.fullName.trim(),
        email: values.email.trim(),
        phone: values.phone.trim() || null,
        type: values.type,
        subject: values.subject.trim() || null,
        description: values.description,
        website: values.website,
      },
      {
        onError: (error) => {
          if (isApiError(error, 429)) {
            const seconds = error.retryAfterSeconds();
            setGeneralError(
              seconds !== undefined ? t('public.form.tooMany', { seconds }) : t('public.form.tooManyNoTime'),
            );
            return;
          }
          setGeneralError(applyProblem(form, error, t('public.form.error')));
        },
      },
    );
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <NativeSelect
          label={t('customers.documentType')}
          required
          data={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`enums.documentType.${type}`) }))}
          key={form.key('documentType')}
          {...form.getInputProps('documentType')}
        />
        <TextInput label={t('customers.documentNumber')} required autoComplete="off" key={form.key('documentNumber')} {...form.getInputProps('documentNumber')} />
        <TextInput label={t('public.form.fullName')} required autoComplete="name" key={form.key('fullName')} {...form.getInputProps('fullName')} />
        <TextInput
          label={t('customers.email')}
          description={t('public.form.emailHint')}
          required
          type="email"
          autoComplete="email"
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <TextInput label={t('public.form.phone')} type="tel" autoComplete="tel" key={form.key('phone')} {...form.getInputProps('phone')} />
        <NativeSelect
          label={t('public.form.type')}
          required
          data={[
            { value: '', label: t('public.form.chooseType') },
            ...TICKET_TYPES.map((type) => ({ value: type, label: t(`enums.ticketType.${type}`) })),
          ]}
          key={form.key('type')}
          {...form.getInputProps('type')}
        />
        <TextInput label={t('public.form.subject')} maxLength={200} key={form.key('subject')} {...form.getInputProps('subject')} />
        <Textarea
          label={t('public.form.description')}
          required
          autosize
          minRows={5}
          maxRows={16}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <Input.Wrapper label={t('public.files.label')} description={t('public.files.hint')} error={filesError} id={filesId}>
          <input
            id={filesId}
            type="file"
            multiple
            onChange={(event) => chooseFiles(event.currentTarget.files)}
            aria-describedby={[filesError ? `${filesId}-error` : '', `${filesId}-description`].filter(Boolean).join(' ')}
            aria-invalid={filesError ? true : undefined}
            className={classes.file}
          />
        </Input.Wrapper>
        <div className={classes.honeypot} aria-hidden="true">
          <label htmlFor={honeypotId}>{t('public.form.honeypot')}</label>
          <input id={honeypotId} name="website" type="text" tabIndex={-1} autoComplete="off" key={form.key('website')} {...form.getInputProps('website')} />
        </div>
        <Text size="xs" c="dimmed">
          {t('public.form.privacy')}
        </Text>
        {generalError ? (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <Button type="submit" size="md" fullWidth loading={submit.isPending || uploading}>
          {t('public.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
