/** The conversations of a programme (upcoming with time and links, held ones with their answers) and the follow-up log. */
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ConversationView, FollowUpView } from '../../../bot/src/api/contract';
import { formatDate, formatDateTime, useLang, useT } from '../i18n/texts';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: { padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, background: tokens.colorNeutralBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  answers: { margin: `${tokens.spacingVerticalS} 0 0`, display: 'grid', gridTemplateColumns: 'minmax(160px, 30%) 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  term: { fontWeight: tokens.fontWeightSemibold },
  desc: { margin: 0 },
  links: { display: 'flex', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalXS },
});

export function Conversations({ upcoming, held }: { upcoming: ConversationView[]; held: ConversationView[] }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  return (
    <>
      <h3>{t('upcoming')}</h3>
      {upcoming.length === 0 ? (
        <Text>{t('noConversations')}</Text>
      ) : (
        <ul className={styles.list}>
          {upcoming.map((c) => (
            <li key={c.id} className={styles.item}>
              <Text weight="semibold">{c.label[lang]}</Text> — {formatDateTime(lang, c.scheduledAt)} ({c.durationMinutes} min)
              <div>
                {t('participants')}: {c.participants.map((p) => p.name).join(', ')}
              </div>
              <div className={styles.links}>
                {c.joinUrl && (
                  <Link href={c.joinUrl} target="_blank" rel="noreferrer">
                    {t('join')}
                  </Link>
                )}
                {c.calendarUrl && <Link href={c.calendarUrl}>{t('calendarFile')}</Link>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('held')}</h3>
      {held.length === 0 ? (
        <Text>{t('noConversations')}</Text>
      ) : (
        <ul className={styles.list}>
          {held.map((c) => (
            <li key={c.id} className={styles.item}>
              <Text weight="semibold">{c.label[lang]}</Text> — {formatDateTime(lang, c.scheduledAt)} · {c.statusLabel[lang]}
              {c.answers.length > 0 && (
                <dl className={styles.answers}>
                  {c.answers.map((a, i) => (
                    <div key={i} style={{ display: 'contents' }}>
                      <dt className={styles.term}>{a.label[lang]}</dt>
                      <dd className={styles.desc}>{a.value[lang]}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function FollowUpLog({ followUps }: { followUps: FollowUpView[] }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  if (followUps.length === 0) return <Text>{t('noFollowUps')}</Text>;
  const rows: [Parameters<typeof t>[0], keyof FollowUpView][] = [
    ['learned', 'learned'],
    ['experiences', 'experiences'],
    ['leaderFeedback', 'leaderFeedback'],
    ['nextActions', 'nextActions'],
    ['nextComplexityStep', 'nextComplexityStep'],
  ];
  return (
    <ul className={styles.list}>
      {followUps.map((f) => (
        <li key={f.id} className={styles.item}>
          <Text weight="semibold">{formatDate(lang, f.recorded.at)}</Text> — {f.recorded.by.name}
          <dl className={styles.answers}>
            {f.blocksDiscussed.length > 0 && (
              <>
                <dt className={styles.term}>{t('blocksDiscussed')}</dt>
                <dd className={styles.desc}>{f.blocksDiscussed.join(', ')}</dd>
              </>
            )}
            {rows
              .filter(([, field]) => String(f[field] ?? '').trim() !== '')
              .map(([label, field]) => (
                <div key={field} style={{ display: 'contents' }}>
                  <dt className={styles.term}>{t(label)}</dt>
                  <dd className={styles.desc}>{String(f[field])}</dd>
                </div>
              ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
