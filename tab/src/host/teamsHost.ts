/**
 * Where the tab runs: inside a Teams (or Microsoft 365) host, or on its own in a browser (the local
 * preview of `npm start`). Inside a host, `app.initialize()` connects to it; the theme follows the
 * host's and changes live; `notifySuccess` dismisses the host's loading indicator once the first view
 * has rendered. Outside a host, teams-js refuses at once ("no parent window"); in a frame whose parent
 * does not answer, initialization gives up after a few seconds, so the tab never hangs on a blank page.
 */
import { app, pages } from '@microsoft/teams-js';
import { normaliseTeamsTheme, type TeamsThemeName } from './themes';

/** How long to wait for a frame's parent to answer before deciding it is not a Teams host. */
const HOST_TIMEOUT_MS = 4000;

export type FrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'remove' | 'task' | 'other';

export interface Host {
  inTeams: boolean;
  /** The host's locale (e.g. da-DK, en-US); the browser's outside Teams. */
  locale: string;
  theme: TeamsThemeName;
  frameContext: FrameContext;
  /** Calls `listener` with every theme change the host reports (never outside Teams). */
  onThemeChange(listener: (theme: TeamsThemeName) => void): void;
  /** Tells the host the tab has rendered (dismisses Teams' loading indicator). */
  notifySuccess(): void;
}

export async function connectHost(): Promise<Host> {
  const outside: Host = {
    inTeams: false,
    locale: navigator.language || 'da-DK',
    theme: prefersDark() ? 'dark' : 'default',
    frameContext: 'content',
    onThemeChange: () => {},
    notifySuccess: () => {},
  };
  try {
    await withTimeout(app.initialize(), HOST_TIMEOUT_MS);
  } catch {
    return outside;
  }
  const context = await app.getContext();
  return {
    inTeams: true,
    locale: context.app.locale || 'da-DK',
    theme: normaliseTeamsTheme(context.app.theme),
    frameContext: toFrameContext(context.page.frameContext),
    onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(normaliseTeamsTheme(theme))),
    notifySuccess: () => void app.notifySuccess().catch(() => {}),
  };
}

/** The configuration page's part of the host: saving binds the tab to one programme. */
export const configPage = {
  setValid(valid: boolean): void {
    pages.config.setValidityState(valid);
  },
  onSave(save: () => Promise<{ contentUrl: string; entityId: string; suggestedDisplayName: string }>): void {
    pages.config.registerOnSaveHandler((event) => {
      save()
        .then((config) => pages.config.setConfig({ ...config, websiteUrl: config.contentUrl }))
        .then(() => event.notifySuccess())
        .catch((error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)));
    });
  },
};

function toFrameContext(value: string | undefined): FrameContext {
  const known: FrameContext[] = ['content', 'settings', 'sidePanel', 'meetingStage', 'remove', 'task'];
  return known.includes(value as FrameContext) ? (value as FrameContext) : 'other';
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The host did not answer')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
