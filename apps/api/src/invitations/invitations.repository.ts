import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { InvitationLink } from './invitation-link.entity';
import { Invitation } from './invitation.entity';

/** What an administrator sets of an invitation; the rest is kept by the database. */
export type InvitationFields = Pick<Invitation, 'email' | 'roles' | 'teamIds' | 'invitedBy' | 'expiresAt'>;

/** Invitations and the links to them (tables invitation and invitation_link). */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Invitations of the address in the organisation wait for each other until the transaction ends. */
  async lockAddress(organizationId: string, email: string, tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`invitation:${organizationId}:${email}`]);
  }

  /** The open invitation (neither accepted, revoked nor expired) of the address or id, locked until the transaction ends. */
  findOpenForChange(
    organizationId: string,
    which: { email: string } | { id: string },
    tx: EntityManager,
  ): Promise<Invitation | null> {
    return tx.findOne(Invitation, {
      where: { ...this.open(organizationId), ...which },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * The open invitation a link names, by the hash of the link's token. The organisation comes from the
   * token itself (auth/tokens.ts): the person following the link has nothing else to go by.
   */
  async findOpenByLink(organizationId: string, tokenHash: string): Promise<Invitation | null> {
    const id = await this.invitationOfLink(organizationId, tokenHash, this.dataSource.manager);
    return id === null
      ? null
      : this.dataSource.manager.findOne(Invitation, { where: { ...this.open(organizationId), id } });
  }

  /** As findOpenByLink, the invitation locked until the transaction ends. */
  async findOpenByLinkForChange(
    organizationId: string,
    tokenHash: string,
    tx: EntityManager,
  ): Promise<Invitation | null> {
    const id = await this.invitationOfLink(organizationId, tokenHash, tx);
    return id === null ? null : this.findOpenForChange(organizationId, { id }, tx);
  }

  /** One page of the open invitations, newest first; `email` narrows them to one address. */
  pageOpen(
    organizationId: string,
    { email, limit, offset }: { email?: string; limit: number; offset: number },
  ): Promise<[Invitation[], number]> {
    return this.dataSource.manager.findAndCount(Invitation, {
      where: { ...this.open(organizationId), ...(email ? { email } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  create(organizationId: string, fields: InvitationFields, tx?: EntityManager): Promise<Invitation> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(Invitation, { ...fields, organizationId }));
  }

  async update(
    organizationId: string,
    invitationId: string,
    changes: Partial<Pick<Invitation, 'roles' | 'teamIds' | 'expiresAt' | 'acceptedAt'>>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(Invitation, { organizationId, id: invitationId }, changes);
  }

  /** Revokes the invitation if it is still open (neither accepted nor revoked); false when it is not. */
  async revoke(organizationId: string, invitationId: string, tx?: EntityManager): Promise<boolean> {
    const { affected } = await (tx ?? this.dataSource.manager).update(
      Invitation,
      { id: invitationId, organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return Boolean(affected);
  }

  /** Deletes every invitation to the address, open or not, with its links (an erasure). */
  async deleteOf(organizationId: string, email: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(Invitation, { organizationId, email });
  }

  /** Adds a link to the invitation and keeps only its newest `keep` links. */
  async addLink(
    organizationId: string,
    invitationId: string,
    { tokenHash, keep }: { tokenHash: string; keep: number },
    tx?: EntityManager,
  ): Promise<void> {
    const manager = tx ?? this.dataSource.manager;
    await manager.insert(InvitationLink, { organizationId, invitationId, tokenHash });
    await manager.query(
      `DELETE FROM invitation_link WHERE organization_id = $1 AND invitation_id = $2 AND id NOT IN (
         SELECT id FROM invitation_link WHERE organization_id = $1 AND invitation_id = $2
          ORDER BY created_at DESC, id DESC LIMIT $3)`,
      [organizationId, invitationId, keep],
    );
  }

  /** The id of the invitation the link names; null when no link has the hash. */
  private async invitationOfLink(
    organizationId: string,
    tokenHash: string,
    manager: EntityManager,
  ): Promise<string | null> {
    const link = await manager.findOne(InvitationLink, { where: { organizationId, tokenHash } });
    return link?.invitationId ?? null;
  }

  private open(organizationId: string) {
    return { organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) };
  }
}
