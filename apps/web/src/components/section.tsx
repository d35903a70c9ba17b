import { useId, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  /** Next to the heading, e.g. the button that adds to the section. */
  action?: ReactNode;
  /** Extra classes, e.g. "panel" to set the section off as a card. */
  className?: string;
  children: ReactNode;
}

/** A titled part of a page, named by its heading so it shows up in a screen reader's list of regions. */
export function Section({ title, action, className, children }: SectionProps) {
  const headingId = useId();
  return (
    <section className={`section${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <div className="section__head">
        <h2 id={headingId}>{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}
