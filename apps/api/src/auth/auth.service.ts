import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { Conflict, DomainError } from '../common/errors/domain-error';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import type { SignInDto, SignUpDto } from './auth.dto';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
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

  async signIn(input: SignInDto, ip: string): Promise<IssuedSession> {
    const attempt = await this.throttle.reserve(input.email, ip);
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: input.email } });
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
    if (!user || !valid || !user.active) {
      await this.throttle.failed(attempt);
      await this.audit.record({
        organizationId: user?.organizationId ?? null,
        actorId: null,
        action: 'sign_in.failed',
        target: user ? { type: 'user', id: user.id } : undefined,
        details: {
          email: input.email,
          ip,
          reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'deactivated',
        },
      });
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
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(User, { where: { email: input.email } })) {
        throw new Conflict('An account with this email address already exists.', 'email_taken');
      }
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
    await this.sessions.end(sessionTokenHash);
    await this.audit.record({ organizationId, actorId: userId, action: 'sign_out' });
  }
}
