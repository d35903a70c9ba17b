const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

/** A date as a date input shows it (`2026-11-24`), in the browser's time zone. */
export function localDateInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A date input's and a time input's value, read as the browser's local time, written as an ISO
 * timestamp with the browser's offset (`2026-11-24T14:00:00+01:00`), which the API asks for.
 */
export function localDateTimeToIso(date: string, time: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  // Built from the Date again, so a time that does not exist (the hour skipped for summer time) is written as the clock shows it.
  const local = new Date(year, month - 1, day, hour, minute);
  const offset = -local.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return `${localDateInput(local)}T${pad(local.getHours())}:${pad(local.getMinutes())}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
