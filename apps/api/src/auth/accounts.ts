import type { User } from '../users/user.entity';
import type { UsersRepository } from '../users/users.repository';
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
  users: UsersRepository,
  email: string,
  password: string,
  organizationId?: string,
): Promise<AccountCheck> {
  const accounts = await users.accountsOf(email, { organizationId, limit: MAX_ACCOUNTS_CHECKED });
  if (accounts.length === 0) {
    await verifyPassword(await dummyHash(), password);
    return { accounts, opened: [] };
  }
  const valid = await Promise.all(accounts.map((account) => verifyPassword(account.passwordHash, password)));
  return { accounts, opened: accounts.filter((_, index) => valid[index]) };
}
