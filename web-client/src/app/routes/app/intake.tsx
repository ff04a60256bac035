import { Anchor, Grid, Group, Paper, Radio, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Channel, Ticket } from '@/api/types';
import { Forbidden } from '@/components/errors/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { INTAKE_CHANNELS, isOneOf } from '@/config/pqrs';
import { getCustomerQueryOptions, useCustomer } from '@/features/customers/api/get-customer';
import { ContactForm } from '@/features/customers/components/contact-form';
import { CustomerContactData, VerificationState } from '@/features/customers/components/customer-data';
import { CustomerLookup } from '@/features/customers/components/customer-lookup';
import { VerifyIdentityForm } from '@/features/customers/components/verify-identity-form';
import { useAreas } from '@/features/directory/api/get-areas';
import { useTopics } from '@/features/directory/api/get-topics';
import { PromisedResponse } from '@/features/sla/components/promised-response';
import { CreatedTicket } from '@/features/tickets/components/created-ticket';
import { NewTicketForm } from '@/features/tickets/components/new-ticket-form';
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

function CustomerSteps({ customerId, channel, onChange }: { customerId: string; channel: Channel; onChange: () => void }) {
  const { t } = useTranslation();
  const customer = useCustomer(customerId);
  if (!customer.data) return <QueryState query={customer} />;
  const data = customer.data;

  return (
    <>
      <Section title={t('intake.customerOnFile')}>
        <Stack gap="sm">
          <CustomerContactData customer={data} />
          <Group gap="md">
            <Anchor component={Link} to={paths.app.customers.detail.getHref(data.id)}>
              {t('intake.open360', { name: data.fullName })}
            </Anchor>
            <Anchor component="button" type="button" onClick={onChange}>
              {t('intake.changeCustomer')}
            </Anchor>
          </Group>
        </Stack>
      </Section>
      <Section title={t('intake.verify')}>
        <Stack gap="sm">
          <VerificationState customer={data} />
          <VerifyIdentityForm customerId={data.id} channel={channel} />
        </Stack>
      </Section>
      <Section title={t('intake.contact')}>
        <ContactForm key={data.id} customer={data} />
      </Section>
    </>
  );
}

/**
 * Phone and walk-in intake: find (or register) the requester, verify identity, update contact data,
 * type the case and file it or answer it at once. The number is shown large at the end.
 */
export default function IntakeRoute() {
  const { writesTickets } = useAuthorization();
  // Filing cases and registering customers is for the front line (quality auditors and managers only read).
  return writesTickets ? <Intake /> : <Forbidden />;
}

function Intake() {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Channel>('phone');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [created, setCreated] = useState<Ticket | null>(null);
  const [round, setRound] = useState(0);
  const areas = useAreas({ includeInactive: true });
  const topics = useTopics({ includeInactive: true });
  // The customer's segment may pick the SLA policy (the same query the customer steps read).
  const customer = useQuery({ ...getCustomerQueryOptions(customerId ?? ''), enabled: customerId !== null });
  const segment = customerId !== null ? (customer.data?.segment ?? null) : null;

  const startOver = () => {
    setCreated(null);
    setCustomerId(null);
    setRound((n) => n + 1);
  };

  return (
    <Stack key={round}>
      <PageHeader title={t('intake.title')} />
      {created ? (
        <CreatedTicket ticket={created} onNew={startOver} />
      ) : (
        <>
          <Radio.Group
            label={t('intake.channel')}
            value={channel}
            onChange={(value) => {
              if (isOneOf(INTAKE_CHANNELS, value)) setChannel(value);
            }}
          >
            <Group gap="lg" mt="xs">
              {INTAKE_CHANNELS.map((c) => (
                <Radio key={c} value={c} label={t(`enums.channel.${c}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Stack>
                <Section title={t('intake.findCustomer')}>
                  <CustomerLookup onSelect={setCustomerId} />
                </Section>
                {customerId ? <CustomerSteps customerId={customerId} channel={channel} onChange={() => setCustomerId(null)} /> : null}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Section title={t('intake.case')}>
                <QueryState query={areas}>
                  {(areaList) => (
                    <QueryState query={topics}>
                      {(topicList) => (
                        <NewTicketForm
                          customerId={customerId}
                          channel={channel}
                          areas={areaList}
                          topics={topicList}
                          onCreated={setCreated}
                          renderPromise={(facts) => <PromisedResponse {...facts} segment={segment} />}
                        />
                      )}
                    </QueryState>
                  )}
                </QueryState>
              </Section>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
