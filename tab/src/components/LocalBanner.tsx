/**
 * The local preview's banner: it says plainly that this is not Teams and that nobody is signed in, and
 * lets the viewer switch between the demo people (the server honours the choice in local mode only).
 */
import { Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, tokens } from '@fluentui/react-components';
import type { PersonasResponse } from '../../../bot/src/api/contract';
import { useLang, useT } from '../i18n/texts';

const useStyles = makeStyles({
  bar: { borderRadius: 0 },
  body: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS },
  field: { flex: '1 1 320px', maxWidth: '560px', minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
});

export function LocalBanner({
  personas,
  personId,
  onChoose,
}: {
  personas: PersonasResponse['personas'];
  personId: string;
  onChoose: (id: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  return (
    // The wrapper, not the MessageBar, carries no-print: the print view's paper shows no banner.
    <div className="no-print">
    <MessageBar intent="warning" layout="multiline" className={styles.bar} role="region" aria-label={t('localBannerTitle')}>
      <MessageBarBody className={styles.body}>
        <span>
          <MessageBarTitle>{t('localBannerTitle')}</MessageBarTitle> {t('localBanner')}
        </span>
        <Field label={t('persona')} orientation="horizontal" className={styles.field}>
          <Select className={styles.select} value={personId} onChange={(_, data) => onChoose(data.value)}>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.description[lang]}
              </option>
            ))}
          </Select>
        </Field>
      </MessageBarBody>
    </MessageBar>
    </div>
  );
}
