/**
 * One programme as the tab shows it — to the trainee as *Mit forløb*, to the leader when they open a
 * trainee, to HR from *Oversigt*, and in a chat tab bound to it: who, where in the phases, what waits,
 * progress, the learning agreement (editable for those who may), conversations and the follow-up log.
 */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from '@fluentui/react-components';
import type { ProgrammeView } from '../../../bot/src/api/contract';
import { apiPaths } from '../../../bot/src/api/contract/routes';
import { navigate } from '../app/router';
import { useLoad } from '../app/session';
import { PhaseTimeline } from '../components/PhaseTimeline';
import { RouteLink } from '../components/RouteLink';
import { ProgressSummary } from '../components/ProgressSummary';
import { WhenLoaded } from '../components/Status';
import { useLang, useT } from '../i18n/texts';
import { AgreementSection } from './agreement/AgreementSection';
import { Conversations, FollowUpLog } from './ProgrammeSections';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  people: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}` },
  card: { padding: tokens.spacingHorizontalL, borderRadius: tokens.borderRadiusLarge, background: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4 },
  h2: { marginTop: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ProgrammePage({ programmeId, backTo }: { programmeId: string; backTo?: 'trainees' | 'overview' }) {
  const { loaded, reload, replace } = useLoad<ProgrammeView>(apiPaths.programme(programmeId));
  return (
    <WhenLoaded loaded={loaded} onRetry={reload}>
      {(view) => <ProgrammeDetails view={view} onView={replace} backTo={backTo} />}
    </WhenLoaded>
  );
}

export function ProgrammeDetails({ view, onView, backTo }: { view: ProgrammeView; onView: (view: ProgrammeView) => void; backTo?: 'trainees' | 'overview' }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  return (
    <article className={styles.page} aria-labelledby="programme-title">
      {backTo && (
        <div>
          <Button appearance="subtle" onClick={() => navigate({ name: backTo })}>
            ← {t('back')}
          </Button>
        </div>
      )}
      <header className={styles.header}>
        <Title2 as="h1" id="programme-title">
          {view.trainee.name}
        </Title2>
        <Badge size="large" appearance="filled" color="brand">
          {view.phaseLabel[lang]}
        </Badge>
      </header>
      <div className={styles.people}>
        <Text>
          {t('leader')}: {view.leader.name}
        </Text>
        <Text>
          {t('hrConsultant')}: {view.hrConsultant?.name ?? '—'}
        </Text>
        <Text>
          {t('department')}: {view.department.name}
        </Text>
      </div>
      {view.outcome && (
        <MessageBar intent="success">
          <MessageBarBody>{view.outcome.label[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {view.waitingForYou.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <strong>{t('waitingForYou')}:</strong>
            <ul className={styles.list}>
              {view.waitingForYou.map((w) => (
                <li key={w.code}>{w.text[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {view.overdue.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>{t('overdue')}:</strong>
            <ul className={styles.list}>
              {view.overdue.map((o) => (
                <li key={o.kind + o.since}>{o.text[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.card} aria-labelledby="progress-title">
        <h2 id="progress-title" className={styles.h2}>
          {t('progress')}
        </h2>
        <ProgressSummary progress={view.progress} />
        {view.dueBeforeNextPhase.length > 0 && (
          <>
            <h3>{t('dueBeforeNextPhase')}</h3>
            <ul className={styles.list}>
              {view.dueBeforeNextPhase.map((d) => (
                <li key={d.code}>{d.text[lang]}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        <PhaseTimeline phases={view.timeline} />
      </section>

      <section className={styles.card} aria-labelledby="agreement-title">
        <div className={styles.header}>
          <h2 id="agreement-title" className={styles.h2}>
            {t('agreement')}
          </h2>
          {view.agreements.length > 0 && (
            <RouteLink route={{ name: 'print', programmeId: view.id }} className="no-print">
              {t('print')}
            </RouteLink>
          )}
        </div>
        <AgreementSection view={view} onView={onView} />
      </section>

      <section className={styles.card} aria-labelledby="conversations-title">
        <h2 id="conversations-title" className={styles.h2}>
          {t('conversations')}
        </h2>
        <Conversations upcoming={view.conversations.upcoming} held={view.conversations.held} />
      </section>

      <section className={styles.card} aria-labelledby="followups-title">
        <h2 id="followups-title" className={styles.h2}>
          {t('followUps')}
        </h2>
        <FollowUpLog followUps={view.followUps} />
      </section>
    </article>
  );
}
