import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentActor, type Actor } from '../access/actor';
import { Public, SignedIn } from '../access/route-access';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { ApiProblems } from '../common/errors/api-problems';
import { ProblemResponse } from '../common/errors/problem.dto';
import { OwnAttemptLimits } from '../rate-limits/own-attempt-limits';
import { SignInChoiceResponse, SignInDto, SignUpDto } from './auth.dto';
import { AuthService } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @OwnAttemptLimits()
  @ApiNoContentResponse({ description: 'Signed in: the session and CSRF cookies are set.' })
  @ApiOkResponse({
    type: SignInChoiceResponse,
    description:
      'Not signed in yet: the address and password open accounts in several organisations. Sign in again with ' +
      'the `organizationId` of one.',
  })
  @ApiProblems(400, 429)
  @ApiUnauthorizedResponse({
    type: ProblemResponse,
    description: 'Wrong email address or password (code invalid_credentials).',
  })
  async login(
    @Body() input: SignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignInChoiceResponse | undefined> {
    const outcome = await this.auth.signIn(input, request.ip ?? 'unknown');
    if ('organizations' in outcome) {
      response.status(200);
      return outcome;
    }
    setSessionCookies(response, outcome, this.config.cookieSecure);
    response.status(204);
    return undefined;
  }

  @Post('signup')
  @Public()
  @ApiCreatedResponse({
    description:
      'The organisation and its first admin exist; the admin is signed in. An address may have an account in ' +
      'other organisations too, so the answer never depends on it.',
  })
  @ApiForbiddenResponse({ type: ProblemResponse, description: 'Sign-up is switched off (code signup_disabled).' })
  @ApiProblems(400)
  async signUp(@Body() input: SignUpDto, @Res({ passthrough: true }) response: Response): Promise<void> {
    setSessionCookies(response, await this.auth.signUp(input), this.config.cookieSecure);
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  @ApiNoContentResponse({ description: 'The session has ended on the server and the cookies are cleared.' })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.signOut(actor.organizationId, actor.userId, actor.sessionTokenHash);
    clearSessionCookies(response, this.config.cookieSecure);
  }
}
