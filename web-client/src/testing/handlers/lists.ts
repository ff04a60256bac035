/** Replaces the entry with this id by a copy with `changes`, and returns the copy; undefined when there is none. */
export function updateById<T extends { id: string }>(list: T[], id: string, changes: Partial<T>): T | undefined {
  const index = list.findIndex((entry) => entry.id === id);
  if (index < 0) return undefined;
  const updated = { ...list[index]!, ...changes };
  list[index] = updated;
  return updated;
}
