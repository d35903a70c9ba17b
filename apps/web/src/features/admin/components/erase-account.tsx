import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserResponse } from '@vitaal/shared/people';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/api-client';
import { useConfirmErasure, useStartErasure } from '../api/erase-person';
import { ErasureDialog } from './erasure-dialog';

/**
 * "Erase account…": asks the API what will go, then shows it and asks for the person's name before
 * erasing. Once erased, the person's row goes; `onErased` lets the list say so and take the focus.
 */
export function EraseAccount({ person, onErased }: { person: UserResponse; onErased: (name: string) => void }) {
  const { t } = useTranslation();
  const start = useStartErasure();
  const confirm = useConfirmErasure(() => onErased(person.displayName));
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const expired = confirm.error instanceof ApiError && confirm.error.code === 'conflict';
  const preview = expired ? undefined : start.data;

  // Focus goes back to the button when the question closes without erasing.
  useEffect(() => {
    if (!preview && (returnFocus.current || expired)) startRef.current?.focus();
  }, [preview, expired]);

  if (preview) {
    return (
      <ErasureDialog
        person={person}
        preview={preview}
        pending={confirm.isPending}
        error={confirm.error}
        onConfirm={() => confirm.mutate({ id: person.id, token: preview.token })}
        onCancel={() => {
          returnFocus.current = true;
          start.reset();
          confirm.reset();
        }}
      />
    );
  }
  return (
    <div className="admin-stack">
      <p className="field__hint">{t('myData.admin.eraseHint')}</p>
      {expired && <p role="alert">{t('myData.admin.expired')}</p>}
      {start.isError && <ErrorState error={start.error} />}
      <div>
        <button
          ref={startRef}
          type="button"
          className="button button--secondary button--danger-outline"
          disabled={start.isPending}
          aria-busy={start.isPending}
          onClick={() => {
            confirm.reset();
            start.mutate(person.id);
          }}
        >
          {start.isPending ? t('myData.admin.preparing') : t('myData.admin.erase')}
        </button>
      </div>
    </div>
  );
}
