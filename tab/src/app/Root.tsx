/**
 * The outermost part: the Fluent theme that follows Teams (light, dark, high contrast — live, through
 * the host's theme-change handler) and the language. Inside, the Shell decides who the user is.
 */
import { FluentProvider, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Host } from '../host/teamsHost';
import { fluentThemeFor } from '../host/themes';
import { LangContext, langFor, type Lang } from '../i18n/texts';
import { Shell } from './Shell';

export function Root({ host }: { host: Host }) {
  const [theme, setTheme] = useState(host.theme);
  const [lang, setLang] = useState<Lang>(langFor(host.locale));
  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
  }, [lang, theme]);
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={fluentThemeFor(theme)} style={{ minHeight: '100vh', background: tokens.colorNeutralBackground2 }}>
        <Shell host={host} onLanguage={setLang} />
      </FluentProvider>
    </LangContext.Provider>
  );
}
