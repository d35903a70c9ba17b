import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { SignedIn } from '../access/route-access';
import { TransparencyResponse } from './transparency.dto';
import { TransparencyService } from './transparency.service';

@ApiTags('transparency')
@Controller('transparency')
export class TransparencyController {
  constructor(private readonly transparency: TransparencyService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({
    type: TransparencyResponse,
    description:
      'Who may see what of a professional’s data, and your organisation’s settings that bound it; everyone may read it.',
  })
  get(@CurrentActor() actor: Actor): Promise<TransparencyResponse> {
    return this.transparency.get(actor);
  }
}
