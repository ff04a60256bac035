import type { Area, Topic, User } from '@/api/types';

import { admin, agent, AREAS, asStaffMember, TOPICS } from '../fixtures/directory';
import { http } from '../server';

interface Directory {
  areas?: Area[];
  topics?: Topic[];
  staff?: User[];
}

/**
 * The directory reads (areas, topics, staff) from these lists, filtered by the query as the API filters them.
 * Tests that create or change entries pass their own arrays and change them in their handlers.
 */
export function directoryHandlers({ areas = AREAS, topics = TOPICS, staff = [admin, agent] }: Directory = {}) {
  return [
    http.get('/api/directory/areas', ({ query, response }) =>
      response(200).json(areas.filter((a) => a.active || query.get('includeInactive') === 'true')),
    ),
    http.get('/api/directory/topics', ({ query, response }) => {
      const areaId = query.get('areaId');
      const all = query.get('includeInactive') === 'true';
      return response(200).json(topics.filter((t) => (!areaId || t.areaId === areaId) && (all || t.active)));
    }),
    http.get('/api/directory/staff', ({ query, response }) => {
      const areaId = query.get('areaId');
      const role = query.get('role');
      const members = staff.filter((u) => u.active && (!areaId || u.areaIds.includes(areaId)) && (!role || u.roles.some((r) => r === role)));
      return response(200).json(members.map(asStaffMember));
    }),
  ];
}
