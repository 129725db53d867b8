/** Loading and failure states every view shows the same way. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Loaded } from '../app/session';
import { useLang, useT } from '../i18n/texts';

export function Loading() {
  const t = useT();
  return <Spinner label={t('loading')} />;
}

export function Failure({ failure, onRetry }: { failure: { body: { message: { da: string; en: string } } }; onRetry?: () => void }) {
  const lang = useLang();
  const t = useT();
  return (
    <MessageBar intent="error">
      <MessageBarBody>{failure.body.message[lang]}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Renders `children(data)` once loaded; the spinner or the failure before. */
export function WhenLoaded<T>({ loaded, onRetry, children }: { loaded: Loaded<T>; onRetry?: () => void; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <Failure failure={loaded.failure} onRetry={onRetry} />;
  return <>{children(loaded.data)}</>;
}
