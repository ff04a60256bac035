import type { Area, Topic } from '@/api/types';

/** "Crédito › Solicitud de crédito › Estado de la solicitud" for a topic or subtopic; null when unknown. */
export function topicPath(topicId: string | null | undefined, areas: readonly Area[], topics: readonly Topic[]): string | null {
  if (!topicId) return null;
  const topic = topics.find((t) => t.id === topicId);
  if (!topic) return null;
  const parent = topic.parentId ? topics.find((t) => t.id === topic.parentId) : undefined;
  const area = areas.find((a) => a.id === topic.areaId);
  return [area?.name, parent?.name, topic.name].filter((part): part is string => !!part).join(' › ');
}

/** The area of a topic (or subtopic). */
export function areaOfTopic(topicId: string | null | undefined, topics: readonly Topic[]): string | null {
  return topics.find((t) => t.id === topicId)?.areaId ?? null;
}
