/** The scopes a partner key may carry (the API's Scopes.All). */
export const SCOPES = ['directory:read', 'tickets:read', 'tickets:write'] as const;
export type Scope = (typeof SCOPES)[number];

/** Translation keys of the scopes (i18next reads ':' as a namespace separator, so keys avoid it). */
export const SCOPE_LABEL_KEYS = {
  'directory:read': 'apiKeys.scopeLabels.directoryRead',
  'tickets:read': 'apiKeys.scopeLabels.ticketsRead',
  'tickets:write': 'apiKeys.scopeLabels.ticketsWrite',
} as const satisfies Record<Scope, string>;

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
