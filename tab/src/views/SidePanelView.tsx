/**
 * In a meeting's side panel (a tab bound to a programme): the template of the conversation being held —
 * the booked conversation whose time is now (else the next one, else the last held) — as its card asks
 * it: the questions in the card's order and words, what is written so far where the person may see it,
 * what the phase should give and its aids. The template comes from the server, which has it once.
 */
import { Link, makeStyles, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import type { ConversationTemplateView, ConversationView, ProgrammeView, TemplateFieldView } from '../../../bot/src/api/contract';
import { apiPaths } from '../../../bot/src/api/contract/routes';
import { useLoad } from '../app/session';
import { WhenLoaded } from '../components/Status';
import { formatDateTime, type Lang, useLang, useT } from '../i18n/texts';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalS },
  field: { display: 'grid', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  answer: { whiteSpace: 'pre-wrap' },
});

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
  const styles = useStyles();
  const conversation = conversationBeingHeld(view, new Date());
  return (
    <section className={styles.panel} aria-labelledby="side-panel-title">
      <Title2 as="h1" id="side-panel-title">
        {t('sidePanelTitle')}
      </Title2>
      <Text>{view.trainee.name}</Text>
      {conversation ? <Template programmeId={view.id} conversationId={conversation.id} /> : <Text>{t('noConversationNow')}</Text>}
    </section>
  );
}

function Template({ programmeId, conversationId }: { programmeId: string; conversationId: string }) {
  const { loaded, reload } = useLoad<ConversationTemplateView>(apiPaths.conversationTemplate(programmeId, conversationId));
  return <WhenLoaded loaded={loaded} onRetry={reload}>{(template) => <TemplateBody template={template} />}</WhenLoaded>;
}

function TemplateBody({ template }: { template: ConversationTemplateView }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  return (
    <>
      <Title3 as="h2">{template.title[lang]}</Title3>
      <Text>
        {formatDateTime(lang, template.scheduledAt)} · {template.statusLabel[lang]}
      </Text>
      <h3>{t('templateQuestions')}</h3>
      {!template.takesPart && <Text className={styles.hint}>{t('answersOnlyForParticipants')}</Text>}
      <ol className={styles.list}>
        {template.fields.map((field, index) => (
          <li key={field.key}>
            <div className={styles.field}>
              <FieldItem field={field} previous={template.fields[index - 1]} lang={lang} />
            </div>
          </li>
        ))}
      </ol>
      {template.effects.length > 0 && (
        <>
          <h3>{t('effects')}</h3>
          <ul className={styles.list}>
            {template.effects.map((effect) => (
              <li key={effect.da}>{effect[lang]}</li>
            ))}
          </ul>
        </>
      )}
      {template.aids.length > 0 && (
        <>
          <h3>{t('aids')}</h3>
          <ul className={styles.list}>
            {template.aids.map((aid) => (
              <li key={aid.url}>
                <Link href={aid.url} target="_blank" rel="noreferrer">
                  {aid.title[lang]}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FieldItem({ field, previous, lang }: { field: TemplateFieldView; previous: TemplateFieldView | undefined; lang: Lang }) {
  const t = useT();
  const styles = useStyles();
  // A learning goal's or practice element's lines are headed by it once, as on the card.
  const newSubject = field.about && (previous?.about?.title !== field.about.title || previous.about.label.da !== field.about.label.da);
  return (
    <>
      {newSubject && field.about && (
        <Text weight="semibold">
          {field.about.label[lang]}: {field.about.title}
        </Text>
      )}
      <Text>{field.question[lang]}</Text>
      {field.onlyHr && <Text className={styles.hint}>{t('onlyHrField')}</Text>}
      {field.answer && (
        <Text className={styles.answer}>
          {t('answerSoFar')}: {field.answer[lang]}
        </Text>
      )}
    </>
  );
}
