import { ErrorBoundary } from '@/components/error-boundary';
import { AppProviders } from './providers';
import { AppRouter } from './router';
import { StandaloneErrorPage } from './routes/error-page';
import './styles.css';

export function App() {
  return (
    <AppProviders>
      <ErrorBoundary fallback={<StandaloneErrorPage />}>
        <AppRouter />
      </ErrorBoundary>
    </AppProviders>
  );
}
