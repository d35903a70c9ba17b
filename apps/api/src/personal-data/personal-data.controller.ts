import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, type Actor } from '../access/actor';
import { RequireRole, SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import { PersonalDataExportResponse } from './personal-data.dto';
import { renderDocument } from './personal-data.document';
import { PersonalDataService, type CollectedData } from './personal-data.service';

const DOCUMENT_DESCRIPTION =
  'A self-contained HTML file in the person’s language: headings and tables, no scripts; opens offline.';

/** Sends the export as a file to keep, named with the day it was made. */
function asFile(
  res: Response,
  { data, locale, timeZone }: CollectedData,
  kind: 'json' | 'html',
): string | PersonalDataExportResponse {
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="vitaal-${data.person.id.slice(0, 8)}-${data.exportedAt.slice(0, 10)}.${kind}"`,
  );
  if (kind === 'json') return data;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // Opened in place of downloaded, it still runs nothing and loads nothing: only its own inline style.
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  return renderDocument(data, locale, timeZone);
}

@ApiTags('personal data')
@Controller()
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get('me/data')
  @SignedIn()
  @ApiOkResponse({
    type: PersonalDataExportResponse,
    description: 'Everything Vitaal keeps about the signed-in person, as a JSON file.',
  })
  async mine(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    return asFile(res, await this.personalData.collect(actor, actor.userId, 'json'), 'json');
  }

  @Get('me/data/document')
  @SignedIn()
  @ApiProduces('text/html')
  @ApiOkResponse({ schema: { type: 'string' }, description: DOCUMENT_DESCRIPTION })
  async myDocument(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    return asFile(res, await this.personalData.collect(actor, actor.userId, 'document'), 'html');
  }

  @Get('users/:id/data')
  @RequireRole('admin')
  @ApiOkResponse({
    type: PersonalDataExportResponse,
    description: 'A person’s export, made by an administrator on their request; audited.',
  })
  @ApiProblems(400, 404)
  async person(@CurrentActor() actor: Actor, @IdParam('id') id: string, @Res({ passthrough: true }) res: Response) {
    return asFile(res, await this.personalData.collect(actor, id, 'json'), 'json');
  }

  @Get('users/:id/data/document')
  @RequireRole('admin')
  @ApiProduces('text/html')
  @ApiOkResponse({
    schema: { type: 'string' },
    description: `${DOCUMENT_DESCRIPTION} Made by an administrator on the person’s request; audited.`,
  })
  @ApiProblems(400, 404)
  async personDocument(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return asFile(res, await this.personalData.collect(actor, id, 'document'), 'html');
  }
}
