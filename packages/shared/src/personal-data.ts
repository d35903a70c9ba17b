import type { Schemas } from './api.generated.js';

/** Raised whenever a field is renamed or removed, so programs reading an export can tell. */
export const PERSONAL_DATA_SCHEMA_VERSION = 1;

/** How long an erasure waits for the administrator's confirmation. */
export const ERASURE_CONFIRMATION_MINUTES = 15;

export type ExportedGoal = Schemas['ExportedGoal'];

/** A week flat: the plan's and the reflection's fields side by side, as they are stored. */
export type ExportedWeek = Schemas['ExportedWeek'];

export type PersonalDataExport = Schemas['PersonalDataExportResponse'];

/** What an erasure removes, clears or keeps without text, counted before it happens and after. */
export type ErasureCounts = Schemas['ErasureCounts'];

export type ErasurePreviewResponse = Schemas['ErasurePreviewResponse'];

export type ErasureResultResponse = Schemas['ErasureResultResponse'];
