import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationResponse } from '@vitaal/shared/organization';
import { apiClient } from '@/lib/api-client';

export function getOrganization({ signal }: { signal?: AbortSignal } = {}): Promise<OrganizationResponse> {
  return apiClient.get<OrganizationResponse>('/organization', { signal });
}

/** Everyone may read it: admins change its settings, team learning counts weeks in its time zone. */
export function organizationQueryOptions() {
  return queryOptions({ queryKey: ['organization'], queryFn: ({ signal }) => getOrganization({ signal }) });
}

export function useOrganization() {
  return useQuery(organizationQueryOptions());
}
