import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganizationResponse, UpdateOrganizationRequest } from '@vitaal/shared/organization';
import { organizationQueryOptions } from '@/entities/organization/api/get-organization';
import { meQueryOptions } from '@/entities/session/api/get-me';
import { apiClient } from '@/lib/api-client';

/** Refused with 409 version_conflict when `version` is no longer the current one. */
export function updateOrganization(changes: UpdateOrganizationRequest): Promise<OrganizationResponse> {
  return apiClient.patch<OrganizationResponse>('/organization', changes);
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationQueryOptions().queryKey, organization);
      // The signed-in person's answer carries the organisation's name, shown elsewhere in the app.
      await queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
  });
}
