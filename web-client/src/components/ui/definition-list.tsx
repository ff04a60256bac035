import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

import classes from './definition-list.module.css';

export interface DefinitionItem {
  term: string;
  description: ReactNode;
}

/** Label/value pairs as a real description list (<dl>), two columns on wide screens, stacked on a phone. */
export function DefinitionList({ items }: { items: DefinitionItem[] }) {
  return (
    <dl className={classes.list}>
      {items.map((item) => (
        <div key={item.term} className={classes.row}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {item.term}
          </Text>
          <Text component="dd" size="sm" className={classes.value}>
            {item.description}
          </Text>
        </div>
      ))}
    </dl>
  );
}
