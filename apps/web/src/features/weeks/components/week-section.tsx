import { useId, type ReactNode } from 'react';

/** A part of the week (plan, reflection, sharing) under its own heading. */
export function WeekSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="panel week-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {intro && <p className="week-section__intro">{intro}</p>}
      <div className="week-section__fields">{children}</div>
    </section>
  );
}
