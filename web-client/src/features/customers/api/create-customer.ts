import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CreateCustomerBody, Customer } from '@/api/types';

import { customersKeys } from './keys';

export function createCustomer(body: CreateCustomerBody): Promise<Customer> {
  return unwrap(api.POST('/api/customers', { body }));
}

export function useCreateCustomer({ onSuccess }: { onSuccess?: (customer: Customer) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomer,
    onSuccess: async (customer) => {
      queryClient.setQueryData(customersKeys.detail(customer.id), customer);
      await queryClient.invalidateQueries({ queryKey: customersKeys.lists() });
      onSuccess?.(customer);
    },
  });
}
