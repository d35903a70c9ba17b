import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { UsersRepository } from '../users/users.repository';
import type { SignInChoiceResponse, SignInDto, SignUpDto } from './auth.dto';
import { checkAccounts } from './accounts';
import { hashPassword } from './passwords';
import { SessionService, type IssuedSession } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** A session, or the organisations to choose from when the password opens accounts in several. */
  async signIn(input: SignInDto, ip: string): Promise<IssuedSession | SignInChoiceResponse> {
    const attempt = await this.throttle.reserve(input.email, ip);
    const { accounts, opened } = await checkAccounts(this.users, input.email, input.password, input.organizationId);
    const usable = opened.filter((account) => account.active);
    if (usable.length > 1) {
      // The password was right: the attempt counts as a success, whichever organisation is chosen next.
      await this.throttle.succeeded(attempt);
      return {
        organizations: usable.map((account) => ({ id: account.organizationId, name: account.organization!.name })),
      };
    }
    const user = usable[0];
    if (!user) {
      await this.throttle.failed(attempt);
      // Each organisation sees the failed attempts on its own account. An address nobody has belongs to no
      // organisation: the throttle counts those attempts, and nothing else is kept of them.
      for (const account of accounts) {
        await this.audit.record({
          organizationId: account.organizationId,
          actorId: null,
          action: 'sign_in.failed',
          target: { type: 'user', id: account.id },
          details: { email: input.email, ip, reason: opened.includes(account) ? 'deactivated' : 'wrong_password' },
        });
      }
      // One answer for all three, so the form does not reveal who has an account.
      throw new DomainError(401, 'invalid_credentials', 'The email address or password is not right.');
    }
    await this.throttle.succeeded(attempt);
    return this.transactions.run(async (tx) => {
      await this.audit.record(
        { organizationId: user.organizationId, actorId: user.id, action: 'sign_in.succeeded', details: { ip } },
        tx,
      );
      return this.sessions.issue(tx, user);
    });
  }

  async signUp(input: SignUpDto): Promise<IssuedSession> {
    if (!this.config.signupEnabled)
      throw new DomainError(403, 'signup_disabled', 'This installation does not take new organisations.');
    const passwordHash = await hashPassword(input.password);
    // An address has an account per organisation, so a new organisation never asks whether it is known elsewhere.
    return this.transactions.run(async (tx) => {
      const organization = await this.organizations.create({ name: input.organizationName, locale: input.locale }, tx);
      const user = await this.users.create(
        organization.id,
        {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          locale: input.locale,
          roles: ['admin'],
        },
        tx,
      );
      await this.audit.record(
        {
          organizationId: organization.id,
          actorId: user.id,
          action: 'organization.created',
          target: { type: 'organization', id: organization.id },
        },
        tx,
      );
      return this.sessions.issue(tx, user);
    });
  }

  async signOut(organizationId: string, userId: string, sessionTokenHash: string): Promise<void> {
    await this.sessions.end(organizationId, sessionTokenHash);
    await this.audit.record({ organizationId, actorId: userId, action: 'sign_out' });
  }
}
