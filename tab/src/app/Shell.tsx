/**
 * Who is looking, and which views they get. In Teams the person is the signed-in user (SSO token on
 * every call). Outside Teams the server is asked for the local demo personas: it has them only in local
 * mode, and then the tab shows the "Lokal forhåndsvisning" banner and a persona switcher; in production
 * outside Teams it asks the user to open the tab in Teams.
 */
import { makeStyles, mergeClasses, MessageBar, MessageBarBody, Tab, TabList, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { MeResponse, PersonasResponse } from '../../../bot/src/api/contract';
import { apiPaths } from '../../../bot/src/api/contract/routes';
import { ApiFailure, createApiClient, type Identity } from '../api/client';
import { Failure, Loading } from '../components/Status';
import { LocalBanner } from '../components/LocalBanner';
import type { Host } from '../host/teamsHost';
import { type Lang, useT } from '../i18n/texts';
import { MyProgrammeView } from '../views/MyProgrammeView';
import { MyTraineesView } from '../views/MyTraineesView';
import { ProgrammePage } from '../views/ProgrammePage';
import { ConfigPage } from '../views/ConfigPage';
import { SidePanelView } from '../views/SidePanelView';
import { lazyView } from './lazyView';
import { navigate, parseRoute, type Route, useRoute } from './router';
import { asFailure, loadEarly, SessionContext, type Session } from './session';

// Read only by HR and admins, and for paper: loaded when first needed.
const OverviewView = lazyView(() => import('../views/OverviewView').then((m) => m.OverviewView));
const PrintAgreementView = lazyView(() => import('../views/PrintAgreementView').then((m) => m.PrintAgreementView));

/** Oversigt's first request: the view starts unfiltered, so its rows are the overview path without a query. */
const OVERVIEW_FIRST_PATH = apiPaths.overview;

// Opened at Oversigt: its chunk is fetched while the rest of the tab starts, not after /me.
if (parseRoute(window.location.pathname).name === 'overview') void OverviewView.preload().catch(() => {});

const PERSONA_KEY = 'ledertrainee.localPersona';

const useStyles = makeStyles({
  main: { maxWidth: '1100px', margin: '0 auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}` },
  // Oversigt's table has nine columns: it takes the width Teams gives the tab rather than scroll sideways.
  wide: { maxWidth: '1600px' },
  nav: { marginBottom: tokens.spacingVerticalL },
});

type Who =
  | { state: 'finding' }
  | { state: 'teams' }
  | { state: 'local'; personas: PersonasResponse['personas'] }
  | { state: 'outsideTeams' }
  | { state: 'failed'; failure: ApiFailure };

export function Shell({ host, onLanguage }: { host: Host; onLanguage: (lang: Lang) => void }) {
  const t = useT();
  const styles = useStyles();
  const route = useRoute();
  const [who, setWho] = useState<Who>(host.inTeams ? { state: 'teams' } : { state: 'finding' });
  const [personId, setPersonId] = useState<string | undefined>(() => new URLSearchParams(window.location.search).get('som') ?? localStorage.getItem(PERSONA_KEY) ?? undefined);
  const [me, setMe] = useState<MeResponse | ApiFailure | undefined>();

  // Outside Teams: local mode has personas; production answers 404.
  useEffect(() => {
    if (host.inTeams) return;
    createApiClient({ kind: 'anonymous' })
      .get<PersonasResponse>(apiPaths.personas)
      .then(
        ({ personas }) => setWho({ state: 'local', personas }),
        (error: unknown) => {
          const failure = asFailure(error);
          setWho(failure.status === 404 ? { state: 'outsideTeams' } : { state: 'failed', failure });
        },
      );
  }, [host]);

  // Who the API calls act as. A persona already chosen (address or last visit) is used at once, while the
  // list of personas is still on its way, so the first view needs one round trip less; the server
  // refuses it outside local mode, and the list then decides.
  const localPersonId = useMemo(() => {
    if (who.state === 'finding') return personId;
    if (who.state !== 'local') return undefined;
    const chosen = who.personas.find((p) => p.id === personId) ?? who.personas.find((p) => p.roleHint === 'leader') ?? who.personas[0];
    return chosen?.id;
  }, [who, personId]);
  const isTeams = who.state === 'teams';
  // Keyed on who, not on `who` itself: the personas arriving must not start the calls again.
  const identity: Identity | undefined = useMemo(
    () => (isTeams ? { kind: 'teams' } : localPersonId ? { kind: 'local', personId: localPersonId } : undefined),
    [isTeams, localPersonId],
  );
  const api = useMemo(() => (identity ? createApiClient(identity) : undefined), [identity]);

  useEffect(() => {
    if (!api) return;
    let current = true;
    setMe(undefined);
    // Opened at Oversigt: its rows are asked for together with /me (refused, and unused, for anyone
    // without Oversigt), so the table needs no round trip after the view's chunk.
    if (parseRoute(window.location.pathname).name === 'overview') loadEarly(api, OVERVIEW_FIRST_PATH);
    api.get<MeResponse>(apiPaths.me).then(
      (answer) => {
        if (!current) return;
        // Oversigt as the start view: its chunk and rows as soon as the role is known, before rendering.
        const route = parseRoute(window.location.pathname);
        if (viewsFor(answer).overview && (route.name === 'overview' || startRoute(answer).name === 'overview')) {
          loadEarly(api, OVERVIEW_FIRST_PATH);
          void OverviewView.preload().catch(() => {});
        }
        setMe(answer);
        onLanguage(answer.language);
      },
      (error: unknown) => current && setMe(asFailure(error)),
    );
    return () => {
      current = false;
    };
  }, [api, onLanguage]);

  // The host's loading indicator goes as soon as the first view is on screen.
  const firstViewShown = (me !== undefined && who.state !== 'finding') || who.state === 'outsideTeams' || who.state === 'failed';
  useEffect(() => {
    if (firstViewShown) host.notifySuccess();
  }, [firstViewShown, host]);

  const choosePersona = (id: string) => {
    localStorage.setItem(PERSONA_KEY, id);
    setPersonId(id);
    const url = new URL(window.location.href);
    url.searchParams.delete('som');
    window.history.replaceState(null, '', url);
  };

  const banner =
    who.state === 'local' && identity?.kind === 'local' ? (
      <LocalBanner personas={who.personas} personId={identity.personId} onChoose={choosePersona} />
    ) : null;

  let content;
  if (who.state === 'outsideTeams') {
    content = (
      <MessageBar intent="info">
        <MessageBarBody>{t('openInTeams')}</MessageBarBody>
      </MessageBar>
    );
  } else if (who.state === 'failed') {
    content = <Failure failure={who.failure} />;
  } else if (!me || !api) {
    content = <Loading />;
  } else if (me instanceof ApiFailure && who.state === 'finding') {
    content = <Loading />;
  } else if (me instanceof ApiFailure) {
    content = <Failure failure={me} />;
  } else {
    const session: Session = { api, me, host };
    content = (
      <SessionContext.Provider value={session}>
        <Views route={route} me={me} host={host} />
      </SessionContext.Provider>
    );
  }

  const inPrint = route.name === 'print';
  const showsOverview = route.name === 'overview' || (route.name === 'home' && me !== undefined && !(me instanceof ApiFailure) && startRoute(me).name === 'overview');
  return (
    <>
      {banner}
      <main className={inPrint ? undefined : mergeClasses(styles.main, showsOverview && styles.wide)} aria-label={t('appTitle')}>
        <Suspense fallback={<Loading />}>{content}</Suspense>
      </main>
    </>
  );
}

/** The first view that applies to the person: their own programme, their trainees, or Oversigt. */
function startRoute(me: MeResponse): Route {
  const available = viewsFor(me);
  return available.mine ? { name: 'mine' } : available.trainees ? { name: 'trainees' } : available.overview ? { name: 'overview' } : { name: 'mine' };
}

/** The views a person gets, from what they are in the programmes. */
export function viewsFor(me: MeResponse): { mine: boolean; trainees: boolean; overview: boolean } {
  return {
    mine: me.programmes.some((p) => p.role === 'trainee'),
    trainees: me.programmes.some((p) => p.role === 'leader'),
    overview: me.isProgrammeAdmin || me.hrDepartments.length > 0,
  };
}

function Views({ route, me, host }: { route: Route; me: MeResponse; host: Host }) {
  const t = useT();
  const styles = useStyles();
  const available = viewsFor(me);

  if (route.name === 'config' || host.frameContext === 'settings') return <ConfigPage />;
  if (host.frameContext === 'sidePanel' && route.name === 'programme') return <SidePanelView programmeId={route.programmeId} />;
  if (route.name === 'print') return <PrintAgreementView programmeId={route.programmeId} />;

  const shown = route.name === 'home' || route.name === 'notFound' ? startRoute(me) : route;
  const navValue = shown.name === 'programme' ? undefined : shown.name;
  const tabs = [
    available.mine && <Tab key="mine" value="mine">{t('navMine')}</Tab>,
    available.trainees && <Tab key="trainees" value="trainees">{t('navTrainees')}</Tab>,
    available.overview && <Tab key="overview" value="overview">{t('navOverview')}</Tab>,
  ].filter(Boolean);

  return (
    <>
      {tabs.length > 1 && (
        <nav className={`${styles.nav} no-print`} aria-label={t('mainNav')}>
          <TabList selectedValue={navValue} onTabSelect={(_, data) => navigate({ name: data.value as 'mine' | 'trainees' | 'overview' })}>
            {tabs}
          </TabList>
        </nav>
      )}
      {shown.name === 'mine' && <MyProgrammeView />}
      {shown.name === 'trainees' && <MyTraineesView />}
      {shown.name === 'overview' && (available.overview ? <OverviewView /> : <MyProgrammeView />)}
      {shown.name === 'programme' && (
        <ProgrammePage programmeId={shown.programmeId} backTo={available.trainees ? 'trainees' : available.overview ? 'overview' : undefined} />
      )}
    </>
  );
}
