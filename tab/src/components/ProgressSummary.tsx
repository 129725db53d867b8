/** Building blocks done and time elapsed of the agreed period, as two labelled progress bars. */
import { Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { ProgressView } from '../../../bot/src/api/contract';
import { formatDate, useLang, useT } from '../i18n/texts';

const useStyles = makeStyles({
  grid: { display: 'grid', gap: tokens.spacingHorizontalXL, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' },
});

export function ProgressSummary({ progress }: { progress: ProgressView }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const blocksShare = progress.blocksTotal > 0 ? progress.blocksDone / progress.blocksTotal : 0;
  return (
    <div className={styles.grid}>
      <Field label={t('blocksDone')} validationState="none" validationMessage={`${progress.blocksDone} / ${progress.blocksTotal}`}>
        <ProgressBar value={blocksShare} max={1} thickness="large" aria-label={`${t('blocksDone')}: ${progress.blocksDone} / ${progress.blocksTotal}`} />
      </Field>
      {progress.elapsedPercent !== undefined && (
        <Field
          label={`${t('periodElapsed')}${progress.periodStart && progress.periodEnd ? `: ${formatDate(lang, progress.periodStart)} – ${formatDate(lang, progress.periodEnd)}` : ''}`}
          validationState="none"
          validationMessage={`${Math.round(progress.elapsedPercent)} % ${t('periodOf')}`}
        >
          <ProgressBar value={progress.elapsedPercent / 100} max={1} thickness="large" aria-label={`${t('periodElapsed')}: ${Math.round(progress.elapsedPercent)} %`} />
        </Field>
      )}
    </div>
  );
}
