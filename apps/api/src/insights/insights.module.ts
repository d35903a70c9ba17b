import { Module } from '@nestjs/common';
import { InsightsController } from './insights.controller';
import { InsightsExport } from './insights.export';
import { InsightsService } from './insights.service';

@Module({ controllers: [InsightsController], providers: [InsightsService, InsightsExport] })
export class InsightsModule {}
