import type { Topic } from '@/api/types';

export interface TopicNode {
  topic: Topic;
  children: Topic[];
}

const byName = (a: Topic, b: Topic) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code);

/**
 * Topics (parentId null) with their subtopics (parentId = topic id), both sorted by name.
 * The catalogue has two levels; a subtopic whose parent is not in the list is shown as a topic
 * so that nothing the API returned goes missing.
 */
export function buildTopicTree(topics: readonly Topic[]): TopicNode[] {
  const ids = new Set(topics.map((t) => t.id));
  const children = new Map<string, Topic[]>();
  const roots: Topic[] = [];
  for (const topic of topics) {
    if (topic.parentId && ids.has(topic.parentId)) {
      const siblings = children.get(topic.parentId) ?? [];
      siblings.push(topic);
      children.set(topic.parentId, siblings);
    } else {
      roots.push(topic);
    }
  }
  return roots.sort(byName).map((topic) => ({ topic, children: (children.get(topic.id) ?? []).sort(byName) }));
}
