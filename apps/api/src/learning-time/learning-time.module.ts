import { Module } from '@nestjs/common';
import { BalanceService } from './balance.service';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { LearningTimeController } from './learning-time.controller';
import { LearningTimeService } from './learning-time.service';

@Module({
  controllers: [LearningTimeController, CalendarController],
  providers: [LearningTimeService, BalanceService, CalendarService],
})
export class LearningTimeModule {}
