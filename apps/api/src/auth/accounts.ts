import type { DataSource } from 'typeorm';
import { User } from '../users/user.entity';
import { dummyHash, verifyPassword } from './passwords';

/** Accounts checked in one sign-in: an address has one per organisation that added it. */
const MAX_ACCOUNTS_CHECKED = 20;

export interface AccountCheck {
  /** Every account of the address (in the organisation named, if any). */
  accounts: User[];
  /** Those the password opens. */
  opened: User[];
}

/**
 * The accounts an address and password open. All are checked at once: argon2 runs on the thread pool,
 * so the time taken says little about how many organisations know the address; with none, a dummy hash
 * takes as long as a real one.
 */
export async function checkAccounts(
  dataSource: DataSource,
  email: string,
  password: string,
  organizationId?: string,
): Promise<AccountCheck> {
  // The one statement of a request that reads across organisations: an address has an account in each
  // organisation that added it, and sign-in comes before any organisation is known (docs/scaling.md).
  const accounts = await dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .comment('across organisations: sign-in finds the accounts of an address')
    .innerJoinAndSelect('u.organization', 'o')
    .where('u.email = :email', { email })
    .andWhere(organizationId ? 'u.organization_id = :organizationId' : 'true', { organizationId })
    // The oldest first: an address used for a real account long ago is not crowded out by new ones.
    .orderBy('u.created_at', 'ASC')
    .addOrderBy('u.id', 'ASC')
    .limit(MAX_ACCOUNTS_CHECKED)
    .getMany();
  if (accounts.length === 0) {
    await verifyPassword(await dummyHash(), password);
    return { accounts, opened: [] };
  }
  const valid = await Promise.all(accounts.map((account) => verifyPassword(account.passwordHash, password)));
  return { accounts, opened: accounts.filter((_, index) => valid[index]) };
}
