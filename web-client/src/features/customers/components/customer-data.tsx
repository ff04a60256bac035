import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Customer } from '@/api/types';
import { DefinitionList } from '@/components/ui/definition-list';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime, formatTime } from '@/utils/format';

/** The data on file an agent checks the requester against: document, name, contact data, kind. */
export function CustomerContactData({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <DefinitionList
      items={[
        { term: t('customers.document'), description: `${t(`enums.documentType.${customer.documentType}`)} ${customer.documentNumber}` },
        { term: t('customers.fullName'), description: customer.fullName },
        { term: t('customers.email'), description: customer.email ?? none },
        { term: t('customers.phones'), description: customer.phones.length > 0 ? customer.phones.join(', ') : none },
        { term: t('customers.address'), description: customer.address ?? none },
        { term: t('customers.city'), description: customer.city ?? none },
        { term: t('customers.kind'), description: customer.kind ? t(`enums.customerKind.${customer.kind}`) : none },
      ]}
    />
  );
}

/** Segment attributes (reports and SLA policies select by them). */
export function CustomerSegmentData({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const none = t('common.none');
  return (
    <DefinitionList
      items={[
        { term: t('customers.region'), description: customer.region ?? none },
        { term: t('customers.companySize'), description: customer.companySize ? t(`enums.companySize.${customer.companySize}`) : none },
        { term: t('customers.economicActivity'), description: customer.economicActivity ?? none },
        { term: t('customers.segment'), description: customer.segment ?? none },
        { term: t('customers.createdAt'), description: formatDateTime(customer.createdAt, timeZone) },
        { term: t('customers.updatedAt'), description: formatDateTime(customer.updatedAt, timeZone) },
      ]}
    />
  );
}

/** The latest identity verification and whether contact data may change now. */
export function VerificationState({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const last = customer.lastVerification;
  if (!last) {
    return (
      <Alert color="gray" variant="light" title={t('customers.verification.noneTitle')}>
        {t('customers.verification.contactLocked')}
      </Alert>
    );
  }
  const passed = last.outcome === 'passed';
  const checks = last.checks.map((check) => t(`enums.verificationCheck.${check}`)).join(', ');
  return (
    <Alert color={passed ? 'green' : 'red'} variant="light" title={t(passed ? 'customers.verification.lastPassed' : 'customers.verification.lastFailed')}>
      <Text size="sm">
        {t('customers.verification.lastDetail', {
          by: last.verifiedByEmail ?? t('common.none'),
          at: formatDateTime(last.verifiedAt, timeZone),
          channel: t(`enums.channel.${last.channel}`),
          checks,
        })}
      </Text>
      <Text size="sm" fw={600} mt={4}>
        {customer.contactChangeAllowedUntil
          ? t('customers.verification.contactOpenUntil', { time: formatTime(customer.contactChangeAllowedUntil, timeZone) })
          : t('customers.verification.contactLocked')}
      </Text>
    </Alert>
  );
}
