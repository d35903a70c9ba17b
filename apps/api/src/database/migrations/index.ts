import { CreateOrganization1764000000000 } from './1764000000000-CreateOrganization';

/** Every migration in the order it runs; listed explicitly so bundling and tests find them. */
export const migrations = [CreateOrganization1764000000000];
