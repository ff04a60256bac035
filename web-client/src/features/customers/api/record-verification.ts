import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CustomerVerification, RecordVerificationBody } from '@/api/types';

import { customersKeys } from './keys';

export interface RecordVerificationInput {
  customerId: string;
  body: RecordVerificationBody;
}

export function recordVerification({ customerId, body }: RecordVerificationInput): Promise<CustomerVerification> {
  return unwrap(api.POST('/api/customers/{id}/verifications', { params: { path: { id: customerId } }, body }));
}

export function useRecordVerification({ onSuccess }: { onSuccess?: (verification: CustomerVerification) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordVerification,
    onSuccess: async (verification) => {
      // The detail carries the last verification and until when contact data may change.
      await queryClient.invalidateQueries({ queryKey: customersKeys.detail(verification.customerId) });
      onSuccess?.(verification);
    },
  });
}
