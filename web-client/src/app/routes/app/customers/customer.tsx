import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { isApiError } from '@/api/problem';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useCustomer } from '@/features/customers/api/get-customer';
import { ContactForm } from '@/features/customers/components/contact-form';
import { CustomerHistoryTable } from '@/features/customers/components/customer-history-table';
import { CustomerContactData, CustomerSegmentData, VerificationState } from '@/features/customers/components/customer-data';
import { VerificationsTable } from '@/features/customers/components/verifications-table';
import { VerifyIdentityForm } from '@/features/customers/components/verify-identity-form';
import { TicketsTable } from '@/features/tickets/components/tickets-table';
import { useAuthorization } from '@/lib/authorization';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * Customer 360: contact data, kind and segment, identity verifications, the history of changes, and their tickets.
 * Verifying identity and changing contact data are for the front line; the others read.
 */
export default function CustomerRoute() {
  const { t } = useTranslation();
  const { writesTickets } = useAuthorization();
  const { id = '' } = useParams();
  const customer = useCustomer(id);

  if (isApiError(customer.error, 404) || isApiError(customer.error, 400))
    return (
      <Stack>
        <PageHeader title={t('customers.notFoundTitle')} />
        <Text>{t('customers.notFoundText')}</Text>
      </Stack>
    );
  if (!customer.data) return <QueryState query={customer} />;
  const data = customer.data;

  return (
    <Stack>
      <PageHeader title={data.fullName} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Section title={t('customers.sections.contact')}>
              <CustomerContactData customer={data} />
            </Section>
            <Section title={t('customers.sections.segment')}>
              <CustomerSegmentData customer={data} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Section title={t('customers.sections.verification')}>
              <Stack gap="sm">
                <VerificationState customer={data} />
                {writesTickets ? <VerifyIdentityForm customerId={data.id} /> : null}
              </Stack>
            </Section>
            {writesTickets ? (
              <Section title={t('customers.sections.updateContact')}>
                <ContactForm key={data.id} customer={data} />
              </Section>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <Section title={t('customers.sections.tickets')}>
        <TicketsTable filter={{ customerId: data.id, sort: 'newest' }} caption={t('customers.ticketsCaption', { name: data.fullName })} hideCustomer />
      </Section>
      <Section title={t('customers.sections.history')}>
        <CustomerHistoryTable customerId={data.id} />
      </Section>
      <Section title={t('customers.sections.verifications')}>
        <VerificationsTable customerId={data.id} />
      </Section>
    </Stack>
  );
}
