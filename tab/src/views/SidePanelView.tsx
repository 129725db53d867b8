/**
 * In a meeting's side panel (a tab bound to a programme): the template of the conversation being held —
 * the booked conversation whose time is now (else the next one, else the last held) — with its questions.
 */
import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { ConversationView, ProgrammeView } from '../../../bot/src/api/contract';
import { apiPaths } from '../../../bot/src/api/contract/routes';
import { useLoad } from '../app/session';
import { WhenLoaded } from '../components/Status';
import { formatDateTime, useLang, useT } from '../i18n/texts';
import { TEMPLATE_QUESTIONS } from './conversationTemplates';

const useStyles = makeStyles({ panel: { display: 'grid', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS }, list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

/** The conversation the meeting is most likely about, at `now`. */
export function conversationBeingHeld(view: ProgrammeView, now: Date): ConversationView | undefined {
  const at = now.getTime();
  const during = (c: ConversationView) => {
    const start = new Date(c.scheduledAt).getTime();
    return at >= start - 30 * 60_000 && at <= start + (c.durationMinutes + 60) * 60_000;
  };
  const all = [...view.conversations.upcoming, ...view.conversations.held];
  return all.find(during) ?? view.conversations.upcoming[0] ?? view.conversations.held[0];
}

export function SidePanelView({ programmeId }: { programmeId: string }) {
  const { loaded, reload } = useLoad<ProgrammeView>(apiPaths.programme(programmeId));
  return <WhenLoaded loaded={loaded} onRetry={reload}>{(view) => <Panel view={view} />}</WhenLoaded>;
}

function Panel({ view }: { view: ProgrammeView }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const conversation = conversationBeingHeld(view, new Date());
  return (
    <section className={styles.panel} aria-labelledby="side-panel-title">
      <Title3 as="h1" id="side-panel-title">
        {t('sidePanelTitle')}
      </Title3>
      <Text>{view.trainee.name}</Text>
      {!conversation ? (
        <Text>{t('noConversationNow')}</Text>
      ) : (
        <>
          <Text weight="semibold">
            {conversation.label[lang]} — {formatDateTime(lang, conversation.scheduledAt)}
          </Text>
          <h2>{t('templateQuestions')}</h2>
          <ol className={styles.list}>
            {TEMPLATE_QUESTIONS[conversation.kind].map((q) => (
              <li key={q.da}>{q[lang]}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
