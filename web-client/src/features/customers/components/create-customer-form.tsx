import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { DocumentType } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { CUSTOMER_KINDS, DOCUMENT_TYPES, isOneOf } from '@/config/pqrs';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useCreateCustomer } from '../api/create-customer';

import { splitPhones } from './phones';

interface CreateCustomerFormProps {
  documentType: DocumentType;
  documentNumber: string;
  onCreated: (customerId: string) => void;
}

const EMAIL = /^\S+@\S+\.\S+$/;

/** Registers a requester who is not on file yet (kind is required by the API). */
export function CreateCustomerForm({ documentType, documentNumber, onCreated }: CreateCustomerFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      documentType,
      documentNumber,
      fullName: '',
      email: '',
      phones: '',
      address: '',
      city: '',
      kind: '',
    },
    validate: {
      documentNumber: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      fullName: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      email: (v) => (v.trim() === '' || EMAIL.test(v.trim()) ? null : i18n.t('common.invalidEmail')),
      kind: (v) => (v === '' ? i18n.t('common.required') : null),
    },
  });
  const create = useCreateCustomer({ onSuccess: (customer) => onCreated(customer.id) });

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    const kind = isOneOf(CUSTOMER_KINDS, values.kind) ? values.kind : null;
    const type = isOneOf(DOCUMENT_TYPES, values.documentType) ? values.documentType : documentType;
    create.mutate(
      {
        documentType: type,
        documentNumber: values.documentNumber.trim(),
        fullName: values.fullName.trim(),
        email: values.email.trim() || null,
        phones: splitPhones(values.phones),
        address: values.address.trim() || null,
        city: values.city.trim() || null,
        kind,
        region: null,
        companySize: null,
        economicActivity: null,
        segment: null,
      },
      {
        onError: (error) => {
          const existing = isApiError(error, 409) ? error.problem?.customerId : undefined;
          if (typeof existing === 'string') {
            onCreated(existing);
            return;
          }
          setGeneralError(applyProblem(form, error, t('common.unexpectedError')));
        },
      },
    );
  });

  return (
    <FormShell onSubmit={handleSubmit} error={generalError} gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('customers.documentType')}
          data={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`enums.documentType.${type}`) }))}
          key={form.key('documentType')}
          {...form.getInputProps('documentType')}
        />
        <TextInput label={t('customers.documentNumber')} required key={form.key('documentNumber')} {...form.getInputProps('documentNumber')} />
        <TextInput label={t('customers.fullName')} required autoComplete="off" key={form.key('fullName')} {...form.getInputProps('fullName')} />
        <NativeSelect
          label={t('customers.kind')}
          required
          data={[
            { value: '', label: t('customers.chooseKind') },
            ...CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`enums.customerKind.${kind}`) })),
          ]}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
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
        <Button type="submit" loading={create.isPending}>
          {t('customers.create.submit')}
        </Button>
      </Group>
    </FormShell>
  );
}
