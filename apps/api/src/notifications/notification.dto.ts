import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../common/http/pagination';

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    example: 'learning_time.requested',
    description: 'What happened; the web app words it in the reader’s language.',
  })
  kind: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;

  @ApiProperty()
  read: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class NotificationPage extends PageOf(NotificationResponse) {}

export class UnreadCountResponse {
  @ApiProperty()
  unread: number;
}
