/**
 * Query keys for escalation legs and the matrix. A ticket's legs and the matrix's suggestion hang under the ticket key,
 * so a change to the matrix invalidates `all()`: the rows and every cached suggestion.
 */
export const escalationsKeys = {
  all: () => ['escalations'] as const,
  ticket: (number: string) => [...escalationsKeys.all(), 'ticket', number.toUpperCase()] as const,
  ticketLegs: (number: string) => [...escalationsKeys.ticket(number), 'legs'] as const,
  suggestion: (number: string) => [...escalationsKeys.ticket(number), 'suggestion'] as const,
  lists: () => [...escalationsKeys.all(), 'list'] as const,
  details: () => [...escalationsKeys.all(), 'detail'] as const,
  detail: (id: string) => [...escalationsKeys.details(), id] as const,
  matrix: () => [...escalationsKeys.all(), 'matrix'] as const,
};
