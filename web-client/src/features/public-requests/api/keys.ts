/** Query keys for the customer's side (no session): a tracked ticket by number and token. */
export const trackedTicketsKeys = {
  all: () => ['tracked-tickets'] as const,
  details: () => [...trackedTicketsKeys.all(), 'detail'] as const,
  detail: (number: string, token: string) => [...trackedTicketsKeys.details(), number.toUpperCase(), token] as const,
};
