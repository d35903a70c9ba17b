import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationOverviewResponse } from '@vitaal/shared/insights';
import { apiClient } from '@/lib/api-client';

export function getOrganizationInsights(
  weeks: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OrganizationOverviewResponse> {
  return apiClient.get<OrganizationOverviewResponse>(`/insights/organization?weeks=${weeks}`, { signal });
}

export function organizationInsightsQueryOptions(weeks: number) {
  return queryOptions({
    queryKey: ['insights', 'organization', { weeks }],
    queryFn: ({ signal }) => getOrganizationInsights(weeks, { signal }),
    // Another period keeps the table, its filter and its sort on screen until the new figures arrive.
    placeholderData: keepPreviousData,
  });
}

export function useOrganizationInsights(weeks: number) {
  return useQuery(organizationInsightsQueryOptions(weeks));
}

/** A plain link downloads it: the session cookie goes along, and the export is audited on the server. */
export function organizationExportUrl(weeks: number): string {
  return `/api/v1/insights/organization/export.csv?weeks=${weeks}`;
}
