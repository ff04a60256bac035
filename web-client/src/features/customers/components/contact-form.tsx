import { Alert, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError, problemCode } from '@/api/problem';
import type { Customer } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useUpdateCustomerContact } from '../api/update-customer-contact';

import { joinPhones, splitPhones } from './phones';

const EMAIL = /^\S+@\S+\.\S+$/;

/**
 * Edits email, phones, address and city. The API refuses (422, …/verification-required) unless the
 * customer passed an identity verification in the last 30 minutes; that refusal is shown as such.
 */
export function ContactForm({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const [blocked, setBlocked] = useState(false);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      email: customer.email ?? '',
      phones: joinPhones(customer.phones),
      address: customer.address ?? '',
      city: customer.city ?? '',
    },
    validate: {
      email: (v) => (v.trim() === '' || EMAIL.test(v.trim()) ? null : i18n.t('common.invalidEmail')),
    },
  });
  const update = useUpdateCustomerContact();

  const handleSubmit = form.onSubmit((values) => {
    setBlocked(false);
    setGeneralError(null);
    setSaved(false);
    update.mutate(
      {
        id: customer.id,
        body: {
          email: values.email.trim() || null,
          phones: splitPhones(values.phones),
          address: values.address.trim() || null,
          city: values.city.trim() || null,
        },
      },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (isApiError(error, 422) && problemCode(error) === 'verification-required') {
            setBlocked(true);
            return;
          }
          setGeneralError(applyProblem(form, error, t('common.unexpectedError')));
        },
      },
    );
  });

  return (
    <FormShell onSubmit={handleSubmit} error={generalError} gap="sm">
      {blocked ? (
        <Alert color="red" role="alert" title={t('customers.contact.blockedTitle')}>
          {t('customers.contact.blockedText')}
        </Alert>
      ) : null}
      {saved ? (
        <Alert color="green" role="status" variant="light">
          {t('customers.contact.saved')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('customers.email')} type="email" autoComplete="off" key={form.key('email')} {...form.getInputProps('email')} />
        <TextInput
          label={t('customers.phones')}
          description={t('customers.phonesHint')}
          autoComplete="off"
          key={form.key('phones')}
          {...form.getInputProps('phones')}
        />
        <TextInput label={t('customers.address')} autoComplete="off" key={form.key('address')} {...form.getInputProps('address')} />
        <TextInput label={t('customers.city')} autoComplete="off" key={form.key('city')} {...form.getInputProps('city')} />
      </SimpleGrid>
      <Group justify="flex-end">
        <Button type="submit" loading={update.isPending}>
          {t('customers.contact.submit')}
        </Button>
      </Group>
    </FormShell>
  );
}
