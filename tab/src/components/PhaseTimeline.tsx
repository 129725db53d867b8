/** The four phases in order, where the programme is, and for each phase its effect and its aids (from the seed). */
import { Badge, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { TimelinePhase } from '../../../bot/src/api/contract';
import { formatDate, useLang, useT } from '../i18n/texts';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingHorizontalM, gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' },
  phase: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground1,
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  head: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // A heading (under the section's h2, above "Effekt af fasen"), so screen readers can jump between phases.
  name: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  badge: { whiteSpace: 'nowrap', height: 'auto' },
  sub: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function PhaseTimeline({ phases }: { phases: TimelinePhase[] }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const statusText = { done: t('phaseDone'), current: t('phaseCurrent'), upcoming: t('phaseUpcoming') };
  return (
    <ol className={styles.list} aria-label={t('timeline')}>
      {phases.map((p) => (
        <li key={p.phase} className={`${styles.phase} ${p.status === 'current' ? styles.current : ''}`} aria-current={p.status === 'current' ? 'step' : undefined}>
          <div className={styles.head}>
            <h3 className={styles.name}>{p.label[lang]}</h3>
            <Badge className={styles.badge} appearance={p.status === 'current' ? 'filled' : 'outline'} color={p.status === 'done' ? 'success' : p.status === 'current' ? 'brand' : 'informative'}>
              {statusText[p.status]}
            </Badge>
          </div>
          {p.enteredAt && <Text size={200}>{formatDate(lang, p.enteredAt)}</Text>}
          {p.effects.length > 0 && (
            <>
              <h4 className={styles.sub}>{t('effects')}</h4>
              <ul className={styles.items}>
                {p.effects.map((effect) => (
                  <li key={effect.da}>{effect[lang]}</li>
                ))}
              </ul>
            </>
          )}
          {p.aids.length > 0 && (
            <>
              <h4 className={styles.sub}>{t('aids')}</h4>
              <ul className={styles.items}>
                {p.aids.map((aid) => (
                  <li key={aid.url}>
                    <Link href={aid.url} target="_blank" rel="noreferrer">
                      {aid.title[lang]}
                    </Link>
                    {aid.text[lang] && <Text size={200}> — {aid.text[lang]}</Text>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
