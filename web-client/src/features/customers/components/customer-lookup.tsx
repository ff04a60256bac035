import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CustomerListItem, DocumentType } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { DOCUMENT_TYPES, isOneOf } from '@/config/pqrs';
import { PAGE_SEARCH_ATTRIBUTE } from '@/lib/shortcuts';

import { searchCustomersQueryOptions } from '../api/search-customers';

import { CreateCustomerForm } from './create-customer-form';

interface CustomerLookupProps {
  /** A customer was found (the only match), picked from several, or registered here. */
  onSelect: (customerId: string) => void;
}

interface Searched {
  documentType: DocumentType;
  documentNumber: string;
  items: CustomerListItem[];
}

/** Finds the requester by document type and number; offers to register them when there is no match. */
export function CustomerLookup({ onSelect }: CustomerLookupProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const resultsId = useId();
  const [documentType, setDocumentType] = useState<DocumentType>('CC');
  const [documentNumber, setDocumentNumber] = useState('');
  const [numberError, setNumberError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [searched, setSearched] = useState<Searched | null>(null);

  // Once someone is chosen (or registered), the results and the registration form have done their job.
  const select = (customerId: string) => {
    setSearched(null);
    onSelect(customerId);
  };

  const search = async (event: React.FormEvent) => {
    event.preventDefault();
    const number = documentNumber.trim();
    if (number === '') {
      setNumberError(t('common.required'));
      return;
    }
    setNumberError(null);
    setSearchError(null);
    setSearching(true);
    try {
      const page = await queryClient.fetchQuery(searchCustomersQueryOptions({ documentType, documentNumber: number }));
      const only = page.items.length === 1 ? page.items[0] : undefined;
      if (only) select(only.id);
      else setSearched({ documentType, documentNumber: number, items: page.items });
    } catch (error) {
      setSearchError(mutationErrorMessage(error, t('common.unexpectedError')));
    } finally {
      setSearching(false);
    }
  };

  return (
    <Stack gap="sm">
      <form onSubmit={(event) => void search(event)} noValidate role="search" aria-label={t('customers.lookup.label')}>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('customers.documentType')}
            value={documentType}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(DOCUMENT_TYPES, value)) setDocumentType(value);
            }}
            data={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`enums.documentType.${type}`) }))}
          />
          <TextInput
            label={t('customers.documentNumber')}
            value={documentNumber}
            onChange={(event) => setDocumentNumber(event.currentTarget.value)}
            error={numberError}
            inputMode="text"
            autoComplete="off"
            {...{ [PAGE_SEARCH_ATTRIBUTE]: '' }}
          />
          <Button type="submit" mt={25} loading={searching}>
            {t('customers.lookup.search')}
          </Button>
        </Group>
      </form>

      {searchError ? (
        <Alert color="red" role="alert">
          {searchError}
        </Alert>
      ) : null}

      {searched ? (
        searched.items.length === 0 ? (
          <Stack gap="sm">
            <Text role="status">
              {t('customers.lookup.notFound', { document: `${searched.documentType} ${searched.documentNumber}` })}
            </Text>
            <section aria-labelledby={resultsId}>
              <Title order={3} size="h4" id={resultsId} mb="xs">
                {t('customers.create.title')}
              </Title>
              <CreateCustomerForm
                key={`${searched.documentType}-${searched.documentNumber}`}
                documentType={searched.documentType}
                documentNumber={searched.documentNumber}
                onCreated={select}
              />
            </section>
          </Stack>
        ) : (
          <section aria-labelledby={resultsId}>
            <Title order={3} size="h4" id={resultsId} mb="xs">
              {t('customers.lookup.results', { count: searched.items.length })}
            </Title>
            <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {searched.items.map((customer) => (
                <li key={customer.id}>
                  <Group justify="space-between" wrap="wrap">
                    <Text>
                      {customer.fullName} · {customer.documentType} {customer.documentNumber}
                    </Text>
                    <Button variant="light" size="compact-sm" onClick={() => select(customer.id)}>
                      {t('customers.lookup.choose', { name: customer.fullName })}
                    </Button>
                  </Group>
                </li>
              ))}
            </Stack>
          </section>
        )
      ) : null}
    </Stack>
  );
}
