import { Organization } from '../organizations/organization.entity';

/** Every entity of the schema, for the app and for the migration CLI. */
export const entities = [Organization];
