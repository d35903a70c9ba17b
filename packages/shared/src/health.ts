import type { Schemas } from './api.generated.js';

export type HealthResponse = Schemas['HealthResponse'];

export type ReadinessResponse = Schemas['ReadinessResponse'];
