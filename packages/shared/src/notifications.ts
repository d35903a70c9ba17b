import type { Schemas } from './api.generated.js';

export type NotificationResponse = Schemas['NotificationResponse'];
