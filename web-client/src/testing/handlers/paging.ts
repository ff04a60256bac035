/** One page of `rows` for the request's `limit` and `cursor` (here the offset of the page's first row). */
export function pageOf<T>(rows: T[], request: Request, defaultLimit = 50): { items: T[]; nextCursor: string | null } {
  const query = new URL(request.url).searchParams;
  const limit = Number(query.get('limit') ?? defaultLimit);
  const start = Number(query.get('cursor') ?? '0');
  const next = start + limit;
  return { items: rows.slice(start, next), nextCursor: next < rows.length ? String(next) : null };
}
