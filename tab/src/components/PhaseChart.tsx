/**
 * The phase distribution of the cohort as a small bar chart in Fluent's colours. It is a list of
 * labelled bars (not a canvas), so screen readers read each phase and its count, it prints, and it
 * costs the bundle nearly nothing — @fluentui/react-charts' bar chart weighs about 110 KB gzipped.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n/texts';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(110px, 160px) 1fr 3ch', alignItems: 'center', gap: tokens.spacingHorizontalM },
  track: { height: '20px', background: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  bar: { height: '100%', background: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusMedium, minWidth: '2px', forcedColorAdjust: 'none' },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export function PhaseChart({ bars, title }: { bars: { key: string; label: string; count: number }[]; title: string }) {
  const t = useT();
  const styles = useStyles();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">{title}</figcaption>
      <ul className={styles.list} aria-label={title}>
        {bars.map((b) => (
          <li key={b.key} className={styles.row} aria-label={`${b.label}: ${b.count} ${t('programmes')}`}>
            <span aria-hidden="true">{b.label}</span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{ display: 'block', width: `${(b.count / max) * 100}%` }} />
            </span>
            <span className={styles.count} aria-hidden="true">
              {b.count}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
