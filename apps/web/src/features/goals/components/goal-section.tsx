import { useId, type ReactNode } from 'react';

/** One titled part of the goal page. */
export function GoalSection({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="panel goal-section" aria-labelledby={titleId}>
      <div className="goal-section__head">
        <h2 id={titleId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
