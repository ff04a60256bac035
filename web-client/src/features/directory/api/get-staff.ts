import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { StaffMember } from '@/api/types';

import { staffKeys, type StaffFilter } from './keys';

/** ListStaff: active colleagues, optionally in one area or with one role (for pickers). */
export function getStaff({ areaId, role }: StaffFilter): Promise<StaffMember[]> {
  return unwrap(api.GET('/api/directory/staff', { params: { query: { areaId, role } } }));
}

export const getStaffQueryOptions = (filter: StaffFilter = {}) =>
  queryOptions({
    queryKey: staffKeys.list(filter),
    queryFn: () => getStaff(filter),
  });

export const useStaff = (filter?: StaffFilter, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...getStaffQueryOptions(filter), enabled });
