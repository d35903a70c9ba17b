import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { Invitation } from './invitation.entity';

/**
 * One link to an invitation: the mailed one, and each one an administrator copies later. Only the
 * SHA-256 of the secret is kept, so a link is shown once; a new one can be made while the invitation
 * is open, without ending the links handed out before.
 */
@Entity({ name: 'invitation_link' })
@Index('IDX_invitation_link_invitation', ['organizationId', 'invitationId'])
@Index('UQ_invitation_link_token', ['organizationId', 'tokenHash'], { unique: true })
export class InvitationLink {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @ManyToOne(() => Invitation, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('invitation_id'))
  invitation?: Invitation;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
