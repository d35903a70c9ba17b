import { Module } from '@nestjs/common';
import { SharedLearningsService } from './shared-learnings.service';
import { TeamLearningFiguresService } from './team-learning-figures.service';
import { TeamLearningController } from './team-learning.controller';
import { TeamSessionsService } from './team-sessions.service';

@Module({
  controllers: [TeamLearningController],
  providers: [TeamSessionsService, SharedLearningsService, TeamLearningFiguresService],
})
export class TeamLearningModule {}
