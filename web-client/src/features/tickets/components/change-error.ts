import type { TFunction } from 'i18next';

import { isApiError, problemCode } from '@/api/problem';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { TICKET_STATUSES, isOneOf } from '@/config/pqrs';

/**
 * What a failed ticket change means to the agent. 412 is handled by the page ("someone else changed
 * it; reloaded"), so it is reported as 'stale'; known 409s get a sentence in the agent's language.
 */
export function ticketChangeError(error: unknown, t: TFunction): { stale: true } | { stale: false; message: string } {
  if (isApiError(error, 412)) return { stale: true };
  const code = problemCode(error);
  if (isApiError(error, 409) && code === 'invalid-transition') {
    const current = error.problem?.currentStatus;
    return {
      stale: false,
      message: isOneOf(TICKET_STATUSES, typeof current === 'string' ? current : null)
        ? t('tickets.errors.invalidTransition', { status: t(`enums.ticketStatus.${current as (typeof TICKET_STATUSES)[number]}`) })
        : t('tickets.errors.invalidTransitionGeneric'),
    };
  }
  if (isApiError(error, 409) && code === 'ticket-closed') return { stale: false, message: t('tickets.errors.closed') };
  if (isApiError(error, 413)) return { stale: false, message: t('tickets.attachments.tooLarge') };
  if (isApiError(error, 415)) return { stale: false, message: t('tickets.attachments.typeNotAllowed') };
  if (isApiError(error, 422)) {
    const messages = Object.values(error.fieldErrors);
    if (messages.length > 0) return { stale: false, message: messages.join(' ') };
  }
  return { stale: false, message: mutationErrorMessage(error, t('common.unexpectedError')) };
}
