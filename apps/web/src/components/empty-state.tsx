import type { ReactNode } from 'react';

/** What a list shows before it has anything in it: what is missing and how to start. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children}
    </div>
  );
}
