export interface NotificationResponse {
  id: string;
  /** `learning_time.requested`, `learning_time.approved`, `learning_time.rejected`, `learning_time.cancelled`, `week.reminder`,
   * `personal_data.exported` (an administrator downloaded your data). */
  kind: string;
  data: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}
