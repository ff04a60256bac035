import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Attachment } from '@/api/types';

import { trackedTicketsKeys } from './keys';

export interface UploadCustomerAttachmentInput {
  number: string;
  token: string;
  file: File;
}

/** The customer attaches a file to their request with the tracking token (multipart `file`, 10 MB; 413/415 otherwise). */
export function uploadCustomerAttachment({ number, token, file }: UploadCustomerAttachmentInput): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/public/tickets/{number}/attachments', {
      params: { path: { number }, query: { token } },
      body: { file: '' },
      bodySerializer: () => form,
    }),
  );
}

export function useUploadCustomerAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCustomerAttachment,
    onSuccess: async (_attachment, { number, token }) => {
      await queryClient.invalidateQueries({ queryKey: trackedTicketsKeys.detail(number, token) });
    },
  });
}

/** Download address of one of the request's files (not internal ones), with the token. */
export function customerAttachmentHref(number: string, id: string, token: string): string {
  return `/api/public/tickets/${encodeURIComponent(number)}/attachments/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`;
}

/** The token of a tracking link (…/seguimiento/{number}?token=…). */
export function tokenOf(trackingUrl: string): string | null {
  try {
    return new URL(trackingUrl, 'http://localhost').searchParams.get('token');
  } catch {
    return null;
  }
}
