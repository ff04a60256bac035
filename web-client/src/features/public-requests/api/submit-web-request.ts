import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { WebRequestBody, WebRequestReceipt } from '@/api/types';

/** The public web form. `website` is the honeypot: people never see it, so it stays empty. */
export function submitWebRequest(body: WebRequestBody): Promise<WebRequestReceipt> {
  return unwrap(api.POST('/api/public/tickets', { body }));
}

interface Options {
  /** May be async (attaching the files): the mutation stays pending until it is done. */
  onSuccess?: (receipt: WebRequestReceipt, body: WebRequestBody) => void | Promise<void>;
}

export function useSubmitWebRequest({ onSuccess }: Options = {}) {
  return useMutation({
    mutationFn: submitWebRequest,
    onSuccess: async (receipt, body) => {
      await onSuccess?.(receipt, body);
    },
  });
}
