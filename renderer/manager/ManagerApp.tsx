import { useEffect } from 'react';
import { I18nProvider, messagesFor } from '../ui/i18n/i18n';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { LoginScreen } from './LoginScreen';
import { Shell } from './Shell';
import { useManager } from './store';

function browserLocale() {
  return navigator.language.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

export function ManagerApp() {
  const { session, workspace, error, load } = useManager();
  useEffect(() => {
    void load();
  }, [load]);

  if (session === 'ready' && workspace) {
    return (
      <I18nProvider locale={workspace.locale} timeZone={workspace.timeZone}>
        <Shell />
      </I18nProvider>
    );
  }
  const locale = browserLocale();
  return (
    <I18nProvider locale={locale} timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}>
      {session === 'signed-out' ? <LoginScreen onSignedIn={() => void load()} /> : null}
      {session === 'failed' ? (
        <main className="centered">
          <ErrorNotice error={error} onRetry={() => void load()} />
        </main>
      ) : null}
      {session === 'checking' ? <main className="centered muted">{messagesFor(locale).common.loading}</main> : null}
    </I18nProvider>
  );
}
