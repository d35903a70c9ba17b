import type { ReactNode } from 'react';
import { PageTitle } from '@/components/page-title';
import '../auth.css';

interface AuthCardProps {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** The way to the other door: sign in instead of sign up, and back. */
  footer?: ReactNode;
}

/** The narrow, centred frame of the pages people see before they are signed in. */
export function AuthCard({ title, lead, children, footer }: AuthCardProps) {
  return (
    <div className="page auth-card">
      <PageTitle title={title} />
      {lead && <p className="auth-card__lead">{lead}</p>}
      <div className="panel">{children}</div>
      {footer && <p className="auth-card__footer">{footer}</p>}
    </div>
  );
}
