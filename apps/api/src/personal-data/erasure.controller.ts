import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { RequireRole } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import { ErasureService } from './erasure.service';
import { ConfirmErasureDto, ErasurePreviewResponse, ErasureResultResponse } from './personal-data.dto';

@ApiTags('personal data')
@Controller('users/:id/erasure')
@RequireRole('admin')
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  @Post()
  @ApiCreatedResponse({
    type: ErasurePreviewResponse,
    description: 'What the erasure will remove, and the token that confirms it; nothing is erased yet.',
  })
  @ApiProblems(400, 404, 409)
  start(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<ErasurePreviewResponse> {
    return this.erasure.start(actor, id);
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOkResponse({
    type: ErasureResultResponse,
    description: 'Erased, irreversibly: texts removed, the account anonymised, its sessions ended.',
  })
  @ApiProblems(400, 404, 409)
  confirm(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() input: ConfirmErasureDto,
  ): Promise<ErasureResultResponse> {
    return this.erasure.confirm(actor, id, input.token);
  }
}
