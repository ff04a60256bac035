/** Query keys for areas and topics (the directory catalogue). */
export interface AreaListFilter {
  includeInactive: boolean;
}

export interface TopicListFilter {
  /** All areas when left out. */
  areaId?: string;
  includeInactive: boolean;
}

export const areasKeys = {
  all: () => ['areas'] as const,
  lists: () => [...areasKeys.all(), 'list'] as const,
  list: (filter: AreaListFilter) => [...areasKeys.lists(), filter] as const,
  details: () => [...areasKeys.all(), 'detail'] as const,
  detail: (id: string) => [...areasKeys.details(), id] as const,
};

export const topicsKeys = {
  all: () => ['topics'] as const,
  lists: () => [...topicsKeys.all(), 'list'] as const,
  list: (filter: TopicListFilter) => [...topicsKeys.lists(), filter] as const,
  details: () => [...topicsKeys.all(), 'detail'] as const,
  detail: (id: string) => [...topicsKeys.details(), id] as const,
};

export interface StaffFilter {
  /** Everyone active when left out. */
  areaId?: string;
  role?: string;
}

export const staffKeys = {
  all: () => ['staff'] as const,
  lists: () => [...staffKeys.all(), 'list'] as const,
  list: (filter: StaffFilter) => [...staffKeys.lists(), filter] as const,
};
