/** Writing or changing a learning goal: the goal and how we will see it. The input stays until it is saved. */
import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/texts';
import { ChangeProblem } from './ChangeProblem';
import { FormActions } from './FormActions';
import type { ChangeOutcome } from './useAgreementChange';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM, background: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
});

export function GoalForm({
  initial,
  busy,
  onSave,
  onCancel,
}: {
  initial: { text: string; evidence: string };
  busy: boolean;
  onSave: (values: { text: string; evidence: string }) => Promise<ChangeOutcome>;
  onCancel: () => void;
}) {
  const t = useT();
  const styles = useStyles();
  const [values, setValues] = useState(initial);
  const [outcome, setOutcome] = useState<ChangeOutcome>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onSave(values);
    // On success the form closes; on a refusal it stays with the user's input.
    if (!result.ok) setOutcome(result);
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <ChangeProblem outcome={outcome} />
      <Field label={t('goalText')} required>
        <Textarea value={values.text} onChange={(_, data) => setValues({ ...values, text: data.value })} resize="vertical" />
      </Field>
      <Field label={t('evidence')} required>
        <Textarea value={values.evidence} onChange={(_, data) => setValues({ ...values, evidence: data.value })} resize="vertical" />
      </Field>
      <FormActions submitLabel={t('save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
