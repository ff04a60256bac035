import { describe, expect, it } from 'vitest';

import type { Topic } from '@/api/types';

import { buildTopicTree } from './build-topic-tree';

const topic = (id: string, name: string, parentId: string | null = null): Topic => ({
  id,
  areaId: 'area',
  parentId,
  code: id.toUpperCase(),
  name,
  active: true,
});

describe('buildTopicTree', () => {
  it('nests subtopics under their topic, both sorted by name, and keeps orphans at the top level', () => {
    const tree = buildTopicTree([
      topic('s2', 'Zeta', 't1'),
      topic('t2', 'Beta'),
      topic('s1', 'Alfa sub', 't1'),
      topic('t1', 'Alfa'),
      topic('o1', 'Huérfano', 'missing'),
    ]);
    expect(tree.map((n) => [n.topic.name, n.children.map((c) => c.name)])).toEqual([
      ['Alfa', ['Alfa sub', 'Zeta']],
      ['Beta', []],
      ['Huérfano', []],
    ]);
  });
});
