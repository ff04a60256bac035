// Model types derived from the operations in the OpenAPI contract (src/api/schema.d.ts),
// by path and method rather than by component name, so a renamed schema in the generated
// file does not ripple through the app.
import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body of an operation's success response (200 or 201). */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer Ok }
    ? JsonOf<Ok>
    : R extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never;

/** The JSON request body of an operation. */
export type RequestBody<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

export type CurrentUser = SuccessBody<paths['/api/auth/me']['get']>;
export type LoginBody = RequestBody<paths['/api/auth/login']['post']>;

export type Area = SuccessBody<paths['/api/directory/areas']['get']>[number];
export type CreateAreaBody = RequestBody<paths['/api/directory/areas']['post']>;
export type UpdateAreaBody = RequestBody<paths['/api/directory/areas/{id}']['put']>;

export type Topic = SuccessBody<paths['/api/directory/topics']['get']>[number];
export type CreateTopicBody = RequestBody<paths['/api/directory/topics']['post']>;
export type UpdateTopicBody = RequestBody<paths['/api/directory/topics/{id}']['put']>;

export type User = SuccessBody<paths['/api/admin/users']['get']>[number];
export type CreateUserBody = RequestBody<paths['/api/admin/users']['post']>;
export type UpdateUserBody = RequestBody<paths['/api/admin/users/{id}']['put']>;

export type ApiKey = SuccessBody<paths['/api/admin/api-keys']['get']>[number];
export type CreatedApiKey = SuccessBody<paths['/api/admin/api-keys']['post']>;
export type CreateApiKeyBody = RequestBody<paths['/api/admin/api-keys']['post']>;

export type AuditLogPage = SuccessBody<paths['/api/admin/audit-log']['get']>;
export type AuditEntry = AuditLogPage['items'][number];
