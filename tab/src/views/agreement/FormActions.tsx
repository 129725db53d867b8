/** The buttons under an agreement form: submit (named by the form) and cancel. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n/texts';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function FormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" type="submit" disabled={busy}>
        {submitLabel}
      </Button>
      <Button type="button" onClick={onCancel}>
        {t('cancel')}
      </Button>
    </div>
  );
}
