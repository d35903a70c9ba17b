import { Link } from 'react-router';

/** "Already have an account? Sign in": a question and the link that answers it. */
export function AlternativeLink({ question, to, label }: { question: string; to: string; label: string }) {
  return (
    <>
      {question} <Link to={to}>{label}</Link>
    </>
  );
}
