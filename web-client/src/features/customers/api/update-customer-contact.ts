import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Customer, UpdateCustomerContactBody } from '@/api/types';

import { customersKeys } from './keys';

export interface UpdateCustomerContactInput {
  id: string;
  body: UpdateCustomerContactBody;
}

/** 422 of type …/verification-required without a passed identity verification in the last 30 minutes. */
export function updateCustomerContact({ id, body }: UpdateCustomerContactInput): Promise<Customer> {
  return unwrap(api.PUT('/api/customers/{id}/contact', { params: { path: { id } }, body }));
}

export function useUpdateCustomerContact({ onSuccess }: { onSuccess?: (customer: Customer) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCustomerContact,
    onSuccess: async (customer) => {
      queryClient.setQueryData(customersKeys.detail(customer.id), customer);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customersKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: customersKeys.detail(customer.id) }),
      ]);
      onSuccess?.(customer);
    },
  });
}
