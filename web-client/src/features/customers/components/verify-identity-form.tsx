import { Alert, Button, Checkbox, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Channel, CustomerVerification, VerificationCheck, VerificationOutcome } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { CHANNELS, VERIFICATION_CHECKS, isOneOf } from '@/config/pqrs';

import { useRecordVerification } from '../api/record-verification';

interface VerifyIdentityFormProps {
  customerId: string;
  /** How the requester is in contact (phone, walk-in …); asked in the form when not given. */
  channel?: Channel;
  ticketId?: string | null;
  /** Called once the verification is recorded (e.g. to reload the ticket it was recorded on). */
  onRecorded?: (verification: CustomerVerification) => void;
}

/**
 * Records an identity verification: which data on file the requester was asked for, and whether the
 * answers matched. A passed one lets contact data change for 30 minutes (the API decides).
 */
export function VerifyIdentityForm({ customerId, channel, ticketId = null, onRecorded }: VerifyIdentityFormProps) {
  const { t } = useTranslation();
  const [pickedChannel, setPickedChannel] = useState<Channel>('phone');
  const [checks, setChecks] = useState<VerificationCheck[]>([]);
  const [outcome, setOutcome] = useState<VerificationOutcome | ''>('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<{ checks?: string; outcome?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<VerificationOutcome | null>(null);
  const record = useRecordVerification({ onSuccess: onRecorded });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next = {
      checks: checks.length === 0 ? t('customers.verification.checksRequired') : undefined,
      outcome: outcome === '' ? t('customers.verification.outcomeRequired') : undefined,
    };
    setErrors(next);
    if (next.checks || next.outcome || outcome === '') return;
    setFailure(null);
    setRecorded(null);
    record.mutate(
      { customerId, body: { checks, outcome, channel: channel ?? pickedChannel, ticketId, notes: notes.trim() || null } },
      {
        onSuccess: (verification) => {
          setRecorded(verification.outcome);
          setChecks([]);
          setOutcome('');
          setNotes('');
        },
        onError: (error) => setFailure(mutationErrorMessage(error, t('common.unexpectedError'))),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {channel ? null : (
          <NativeSelect
            label={t('customers.verification.channel')}
            value={pickedChannel}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(CHANNELS, value)) setPickedChannel(value);
            }}
            data={CHANNELS.map((c) => ({ value: c, label: t(`enums.channel.${c}`) }))}
          />
        )}
        <Checkbox.Group
          label={t('customers.verification.checks')}
          description={t('customers.verification.checksHint')}
          value={checks}
          onChange={(value) => setChecks(value.filter((v): v is VerificationCheck => isOneOf(VERIFICATION_CHECKS, v)))}
          error={errors.checks}
          required
        >
          <Group gap="md" mt="xs">
            {VERIFICATION_CHECKS.map((check) => (
              <Checkbox key={check} value={check} label={t(`enums.verificationCheck.${check}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Radio.Group
          label={t('customers.verification.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value === 'passed' || value === 'failed' ? value : '')}
          error={errors.outcome}
          required
        >
          <Stack gap="xs" mt="xs">
            <Radio value="passed" label={t('customers.verification.passed')} />
            <Radio value="failed" label={t('customers.verification.failed')} />
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('customers.verification.notes')}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={4}
        />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        {recorded ? (
          <Alert color={recorded === 'passed' ? 'green' : 'red'} role="status" variant="light">
            {t(recorded === 'passed' ? 'customers.verification.recordedPassed' : 'customers.verification.recordedFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('customers.verification.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
