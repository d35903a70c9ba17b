import { Module } from '@nestjs/common';
import { BalanceService } from './balance.service';
import { LearningTimeController } from './learning-time.controller';
import { LearningTimeService } from './learning-time.service';

@Module({ controllers: [LearningTimeController], providers: [LearningTimeService, BalanceService] })
export class LearningTimeModule {}
