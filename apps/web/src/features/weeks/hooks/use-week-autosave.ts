import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { get, type Path, type UseFormReturn } from 'react-hook-form';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { weekQueryOptions } from '@/entities/weeks/api/get-week';
import { ApiError } from '@/lib/api-client';
import { useSaveWeek } from '../api/save-week';
import { toFormValues, toSaveRequest, toWeekContent, type WeekFormValues } from '../utils/week-form';

/** How long typing must pause before the week is saved. */
const AUTOSAVE_DELAY_MS = 1000;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown }
  /** Saved elsewhere meanwhile: nothing is sent until the person chooses a version. */
  | { kind: 'conflict'; mine: WeekFormValues; theirs: WeekResponse }
  | { kind: 'replaced' };

const snapshotOf = (values: WeekFormValues) => JSON.stringify(toWeekContent(values));

/** Puts the server's field errors (paths like `reflection.energy`) on the fields of the form. */
export function markServerFields(
  error: unknown,
  form: UseFormReturn<WeekFormValues>,
  message: string,
  { focus = false } = {},
): Path<WeekFormValues>[] {
  if (!(error instanceof ApiError)) return [];
  const values = form.getValues();
  const fields = error.fieldErrors
    .map((fieldError) => fieldError.field)
    .filter((field) => get(values, field) !== undefined) as Path<WeekFormValues>[];
  fields.forEach((field, index) =>
    form.setError(field, { type: 'server', message }, { shouldFocus: focus && index === 0 }),
  );
  return fields;
}

interface AutosaveOptions {
  week: WeekResponse;
  form: UseFormReturn<WeekFormValues>;
  /** Off for a week that may no longer be changed. */
  enabled: boolean;
}

/**
 * Saves the whole week about a second after typing stops, on the version last read or saved, one
 * save at a time. What was typed stays in the form whatever happens; a version conflict stops
 * saving until the person has chosen between their version and the one saved elsewhere.
 */
export function useWeekAutosave({ week, form, enabled }: AutosaveOptions) {
  const queryClient = useQueryClient();
  const { mutateAsync: save } = useSaveWeek(week.week);
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const version = useRef(week.version);
  // The form starts from this week as loaded, so that is what counts as saved until the first save.
  const [loadedSnapshot] = useState(() => snapshotOf(toFormValues(week)));
  const savedSnapshot = useRef<string | null>(loadedSnapshot);
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const conflictOpen = useRef(false);

  const attempt = useCallback(async (): Promise<boolean> => {
    if (conflictOpen.current) return false;
    const values = form.getValues();
    const snapshot = snapshotOf(values);
    // Nothing new; a week never saved still needs its first save before it can be submitted.
    if (snapshot === savedSnapshot.current && version.current > 0) return true;
    if (!(await form.trigger())) {
      setState({ kind: 'invalid' });
      return false;
    }
    setState({ kind: 'saving' });
    try {
      const saved = await save(toSaveRequest(values, version.current));
      version.current = saved.version;
      savedSnapshot.current = snapshot;
      setState({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        conflictOpen.current = true;
        try {
          const theirs = await queryClient.fetchQuery({ ...weekQueryOptions(week.week), staleTime: 0 });
          if (snapshotOf(toFormValues(theirs)) === snapshot) {
            // Saved elsewhere with exactly this content: there is nothing to choose between.
            conflictOpen.current = false;
            version.current = theirs.version;
            savedSnapshot.current = snapshot;
            setState({ kind: 'saved', at: new Date() });
            return true;
          }
          setState({ kind: 'conflict', mine: values, theirs });
        } catch (fetchError) {
          conflictOpen.current = false;
          setState({ kind: 'failed', error: fetchError });
        }
      } else if (markServerFields(error, form, 'weeks.errors.invalid').length > 0) {
        setState({ kind: 'invalid' });
      } else {
        setState({ kind: 'failed', error });
      }
      return false;
    }
  }, [form, queryClient, save, week.week]);

  /** Saves now (after any save under way); true when the week is saved as it stands. */
  const saveNow = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const next = queue.current.then(attempt);
    queue.current = next.catch(() => undefined);
    return next;
  }, [attempt]);

  useEffect(() => {
    if (!enabled) return;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        if (conflictOpen.current || snapshotOf(form.getValues()) === savedSnapshot.current) return;
        setState({ kind: 'waiting' });
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
      },
    });
    return () => {
      unsubscribe();
      // Leaving the page within the second after typing still saves what was typed.
      if (timer.current !== undefined) void saveNow();
    };
  }, [enabled, form, saveNow]);

  const unsaved =
    state.kind === 'waiting' ||
    state.kind === 'saving' ||
    state.kind === 'failed' ||
    state.kind === 'invalid' ||
    state.kind === 'conflict';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return {
    state,
    saveNow,
    /** Their version stays only as the base: what is in the form now is saved over it. */
    keepMine(theirs: WeekResponse) {
      version.current = theirs.version;
      conflictOpen.current = false;
      savedSnapshot.current = null;
      void saveNow();
    },
    /** The form takes the version saved elsewhere; nothing is sent. */
    keepTheirs(theirs: WeekResponse) {
      const values = toFormValues(theirs);
      version.current = theirs.version;
      savedSnapshot.current = snapshotOf(values);
      conflictOpen.current = false;
      form.reset(values);
      setState({ kind: 'replaced' });
    },
  };
}
