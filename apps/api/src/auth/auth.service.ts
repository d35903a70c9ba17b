import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import type { SignInChoiceResponse, SignInDto, SignUpDto } from './auth.dto';
import { checkAccounts } from './accounts';
import { hashPassword } from './passwords';
import { SessionService, type IssuedSession } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** A session, or the organisations to choose from when the password opens accounts in several. */
  async signIn(input: SignInDto, ip: string): Promise<IssuedSession | SignInChoiceResponse> {
    const attempt = await this.throttle.reserve(input.email, ip);
    const { accounts, opened } = await checkAccounts(
      this.dataSource,
      input.email,
      input.password,
      input.organizationId,
    );
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
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        { organizationId: user.organizationId, actorId: user.id, action: 'sign_in.succeeded', details: { ip } },
        manager,
      );
      return this.sessions.issue(manager, user);
    });
  }

  async signUp(input: SignUpDto): Promise<IssuedSession> {
    if (!this.config.signupEnabled)
      throw new DomainError(403, 'signup_disabled', 'This installation does not take new organisations.');
    const passwordHash = await hashPassword(input.password);
    // An address has an account per organisation, so a new organisation never asks whether it is known elsewhere.
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(
        manager.create(Organization, { name: input.organizationName, locale: input.locale }),
      );
      const user = await manager.save(
        manager.create(User, {
          organizationId: organization.id,
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          locale: input.locale,
          roles: ['admin'],
        }),
      );
      await this.audit.record(
        {
          organizationId: organization.id,
          actorId: user.id,
          action: 'organization.created',
          target: { type: 'organization', id: organization.id },
        },
        manager,
      );
      return this.sessions.issue(manager, user);
    });
  }

  async signOut(organizationId: string, userId: string, sessionTokenHash: string): Promise<void> {
    await this.sessions.end(organizationId, sessionTokenHash);
    await this.audit.record({ organizationId, actorId: userId, action: 'sign_out' });
  }
}
