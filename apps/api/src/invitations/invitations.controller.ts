import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { setSessionCookies } from '../auth/cookies';
import { CurrentActor, type Actor } from '../access/actor';
import { Public, RequireRole } from '../access/route-access';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationLinkResponse,
  InvitationListQuery,
  InvitationPage,
  InvitationPreviewResponse,
  InvitationResponse,
} from './invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @RequireRole('admin')
  @ApiCreatedResponse({
    type: InvitationResponse,
    description: 'Created; `acceptPath` is the link to pass on (it is also mailed when SMTP is configured).',
  })
  @ApiOkResponse({
    type: InvitationResponse,
    description: 'Merged into the open invitation of this address: roles and teams added, earlier links still work.',
  })
  @ApiProblems(400, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Body() input: CreateInvitationDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvitationResponse> {
    const invitation = await this.invitations.create(actor, input);
    response.status(invitation.outcome === 'merged' ? 200 : 201);
    return invitation;
  }

  @Post(':id/links')
  @RequireRole('admin')
  @ApiCreatedResponse({
    type: InvitationLinkResponse,
    description: 'A new link to pass on; earlier links keep working.',
  })
  @ApiProblems(400, 404)
  newLink(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<InvitationLinkResponse> {
    return this.invitations.newLink(actor, id);
  }

  @Get()
  @RequireRole('admin')
  @ApiOkResponse({
    type: InvitationPage,
    description: 'Invitations not yet accepted, revoked or expired; newest first.',
  })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: InvitationListQuery): Promise<InvitationPage> {
    return this.invitations.listPending(actor, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireRole('admin')
  @ApiNoContentResponse({ description: 'Revoked: the link no longer works.' })
  @ApiProblems(400, 404)
  revoke(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<void> {
    return this.invitations.revoke(actor, id);
  }

  @Get(':token')
  @Public()
  @ApiOkResponse({ type: InvitationPreviewResponse, description: 'Who is invited where, for the accept page.' })
  @ApiProblems(404)
  preview(@Param('token') token: string): Promise<InvitationPreviewResponse> {
    return this.invitations.preview(token);
  }

  @Post(':token/accept')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({ description: 'The account exists and the person is signed in.' })
  @ApiProblems(400, 404, 409)
  async accept(
    @Param('token') token: string,
    @Body() input: AcceptInvitationDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    setSessionCookies(response, await this.invitations.accept(token, input), this.config.cookieSecure);
  }
}
