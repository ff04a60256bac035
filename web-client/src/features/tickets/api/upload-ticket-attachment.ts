import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Attachment } from '@/api/types';

import { ticketsKeys } from './keys';

export interface UploadAttachmentInput {
  number: string;
  file: File;
  /** Staff-only file: never offered to the customer. */
  internal: boolean;
}

/** Multipart upload (field `file`, up to 10 MB; 413 when larger, 415 when the type is not allowed). */
export function uploadTicketAttachment({ number, file, internal }: UploadAttachmentInput): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('internal', internal ? 'true' : 'false');
  return unwrap(
    api.POST('/api/tickets/{number}/attachments', {
      params: { path: { number } },
      body: { file: '', internal },
      bodySerializer: () => form,
    }),
  );
}

export function useUploadTicketAttachment(number: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadTicketAttachment,
    onSuccess: async () => {
      // An attachment lands on the timeline and bumps the ticket's version: refresh the whole detail.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(number) }),
        queryClient.invalidateQueries({ queryKey: ticketsKeys.lists() }),
      ]);
    },
  });
}
