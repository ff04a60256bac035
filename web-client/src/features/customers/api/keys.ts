import type { DocumentType } from '@/api/types';

/** Query keys for customers (CRM). */
export interface CustomerSearch {
  documentType?: DocumentType;
  documentNumber?: string;
  q?: string;
}

export const customersKeys = {
  all: () => ['customers'] as const,
  lists: () => [...customersKeys.all(), 'list'] as const,
  list: (search: CustomerSearch) => [...customersKeys.lists(), search] as const,
  details: () => [...customersKeys.all(), 'detail'] as const,
  detail: (id: string) => [...customersKeys.details(), id] as const,
  history: (id: string) => [...customersKeys.detail(id), 'history'] as const,
  verifications: (id: string) => [...customersKeys.detail(id), 'verifications'] as const,
};
