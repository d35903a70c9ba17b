import { useId, type ReactNode } from 'react';

/** One titled part of the profile, named by its heading for screen-reader landmarks. */
export function ProfileSection({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="panel profile-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}
