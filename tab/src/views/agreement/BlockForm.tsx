/**
 * Adding or changing a building block (byggeklods): kind, title, description, the goals it serves, its
 * period, and for a praksiselement how it is trained (følg lederen, sidemandsoplæring, praktik, bisidder
 * or another form written in), local or cross-cutting, its scope and complexity 1–3. The server checks
 * every rule; the form only keeps the input until it is saved.
 */
import { Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AddBlockRequest, BlockView, GoalView } from '../../../../bot/src/api/contract';
import { BLOCK_KIND_LABELS, FIELD_LABELS, PRACTICE_FORM_LABELS, PRACTICE_REACH_LABELS, PRACTICE_TYPE_LABELS } from '../../../../bot/src/api/contract/labels';
import { type Lang, useLang, useT } from '../../i18n/texts';
import { ChangeProblem } from './ChangeProblem';
import { FormActions } from './FormActions';
import type { ChangeOutcome } from './useAgreementChange';

type Practice = NonNullable<AddBlockRequest['practice']>;
export type BlockValues = Omit<AddBlockRequest, 'expectedVersion'>;

/** The kinds a person may add (the leader-aspirant course is the programme's own, never added here). */
const ADDABLE_KINDS = ['leaderRoleIntroduction', 'practiceElement', 'course'] as const;

const LABELS = {
  kinds: Object.fromEntries(ADDABLE_KINDS.map((kind) => [kind, BLOCK_KIND_LABELS[kind]])),
  types: PRACTICE_TYPE_LABELS,
  reaches: PRACTICE_REACH_LABELS,
  forms: PRACTICE_FORM_LABELS,
  type: FIELD_LABELS['practice.type'],
  otherForm: FIELD_LABELS['practice.otherForm'],
  description: FIELD_LABELS.description,
  from: FIELD_LABELS['period.from'],
  to: FIELD_LABELS['period.to'],
  goals: FIELD_LABELS.goalIds,
  complexity: FIELD_LABELS['practice.complexity'],
};

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM, background: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'grid', gap: tokens.spacingHorizontalM, gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))' },
});

const NO_PRACTICE: Practice = { type: 'task', reach: 'local', form: 'followTheLeader', scope: '', complexity: 1 };

export function valuesOf(block: BlockView): BlockValues {
  return {
    kind: block.kind === 'leaderAspirantCourse' ? 'course' : block.kind,
    title: block.title,
    description: block.description,
    goalIds: block.goalIds,
    period: block.period,
    practice: block.practice
      ? { type: block.practice.type ?? 'task', reach: block.practice.reach, form: block.practice.form, otherForm: block.practice.otherForm, scope: block.practice.scope, complexity: block.practice.complexity }
      : null,
  };
}

export function BlockForm({
  initial,
  goals,
  busy,
  onSave,
  onCancel,
}: {
  initial?: BlockValues;
  goals: GoalView[];
  busy: boolean;
  onSave: (values: BlockValues) => Promise<ChangeOutcome>;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [values, setValues] = useState<BlockValues>(initial ?? { kind: 'practiceElement', title: '', description: '', goalIds: [], period: {}, practice: NO_PRACTICE });
  const [outcome, setOutcome] = useState<ChangeOutcome>();
  const practice = values.practice ?? NO_PRACTICE;
  const setPractice = (change: Partial<Practice>) => setValues({ ...values, practice: { ...practice, ...change } });
  const l = (label: { da: string; en: string }) => label[lang as Lang];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: BlockValues = { ...values, practice: values.kind === 'practiceElement' ? practice : null };
    const result = await onSave(body);
    if (!result.ok) setOutcome(result);
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <ChangeProblem outcome={outcome} />
      <div className={styles.row}>
        <Field label={t('kind')} required>
          <Select value={values.kind} onChange={(_, d) => setValues({ ...values, kind: d.value as BlockValues['kind'] })}>
            {Object.entries(LABELS.kinds).map(([value, label]) => (
              <option key={value} value={value}>
                {l(label)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('title')} required>
          <Input value={values.title} onChange={(_, d) => setValues({ ...values, title: d.value })} />
        </Field>
      </div>
      <Field label={l(LABELS.description)}>
        <Textarea value={values.description ?? ''} onChange={(_, d) => setValues({ ...values, description: d.value })} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Field label={l(LABELS.from)}>
          <Input type="date" value={values.period?.from ?? ''} onChange={(_, d) => setValues({ ...values, period: { ...values.period, from: d.value || undefined } })} />
        </Field>
        <Field label={l(LABELS.to)}>
          <Input type="date" value={values.period?.to ?? ''} onChange={(_, d) => setValues({ ...values, period: { ...values.period, to: d.value || undefined } })} />
        </Field>
      </div>
      {goals.length > 0 && (
        <fieldset>
          <legend>{l(LABELS.goals)}</legend>
          {goals.map((goal) => (
            <Checkbox
              key={goal.id}
              label={goal.text}
              checked={values.goalIds?.includes(goal.id) ?? false}
              onChange={(_, d) =>
                setValues({ ...values, goalIds: d.checked ? [...(values.goalIds ?? []), goal.id] : (values.goalIds ?? []).filter((id) => id !== goal.id) })
              }
            />
          ))}
        </fieldset>
      )}
      {values.kind === 'practiceElement' && (
        <>
          <div className={styles.row}>
            <Field label={l(LABELS.type)} required>
              <Select value={practice.type} onChange={(_, d) => setPractice({ type: d.value as Practice['type'] })}>
                {Object.entries(LABELS.types).map(([value, label]) => (
                  <option key={value} value={value}>
                    {l(label)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('reach')} required>
              <Select value={practice.reach} onChange={(_, d) => setPractice({ reach: d.value as Practice['reach'] })}>
                {Object.entries(LABELS.reaches).map(([value, label]) => (
                  <option key={value} value={value}>
                    {l(label)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('form')} required>
              <Select value={practice.form} onChange={(_, d) => setPractice({ form: d.value as Practice['form'] })}>
                {Object.entries(LABELS.forms).map(([value, label]) => (
                  <option key={value} value={value}>
                    {l(label)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={l(LABELS.complexity)} required>
              <Select value={String(practice.complexity)} onChange={(_, d) => setPractice({ complexity: Number(d.value) as Practice['complexity'] })}>
                {[1, 2, 3].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {practice.form === 'other' && (
            <Field label={l(LABELS.otherForm)} required>
              <Input value={practice.otherForm ?? ''} onChange={(_, d) => setPractice({ otherForm: d.value })} />
            </Field>
          )}
          <Field label={t('scope')} required>
            <Input value={practice.scope} onChange={(_, d) => setPractice({ scope: d.value })} />
          </Field>
        </>
      )}
      <FormActions submitLabel={t('save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
