/**
 * The learning agreement (læringsaftale) of a programme: the newest version with its terms, goals and
 * building blocks, who has godkendt it, and the earlier versions (they stay readable). People who may
 * (the server says so in `can`, and checks again) edit the draft's goals and blocks, set a block's status,
 * godkende it, or — HR — acknowledge it.
 */
import {
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { AgreementView, BlockStatusName, ProgrammeView, StampView } from '../../../../bot/src/api/contract';
import { BLOCK_STATUS_LABELS } from '../../../../bot/src/api/contract/labels';
import { apiPaths } from '../../../../bot/src/api/contract/routes';
import { formatDate, formatDateTime, type Lang, useLang, useT } from '../../i18n/texts';
import { BlockForm, valuesOf } from './BlockForm';
import { ChangeProblem } from './ChangeProblem';
import { FormActions } from './FormActions';
import { GoalForm } from './GoalForm';
import { type ChangeOutcome, useAgreementChange } from './useAgreementChange';


const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalM },
  terms: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL },
  goals: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  approvals: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  small: { color: tokens.colorNeutralForeground3 },
});

export function AgreementSection({ view, onView }: { view: ProgrammeView; onView: (view: ProgrammeView) => void }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { send, busy } = useAgreementChange(view, onView);
  const [editingGoal, setEditingGoal] = useState<string | 'new'>();
  const [editingBlock, setEditingBlock] = useState<string | 'new'>();
  const [approval, setApproval] = useState<ChangeOutcome>();
  const [pendingStatus, setPendingStatus] = useState<Record<string, BlockStatusName>>({});
  const [statusOutcome, setStatusOutcome] = useState<ChangeOutcome>();
  const [revising, setRevising] = useState(false);

  const [shown, ...older] = view.agreements;
  if (!shown) return <Text>{t('noAgreement')}</Text>;
  const editable = view.can.editAgreement && view.draftVersion === shown.version;
  const whenDone = (close: () => void) => (outcome: ChangeOutcome) => {
    if (outcome.ok) close();
    return outcome;
  };

  const setStatus = async (blockId: string, status: BlockStatusName) => {
    setPendingStatus((p) => ({ ...p, [blockId]: status }));
    const outcome = await send('PUT', apiPaths.blockStatus(view.id, blockId), { status });
    setStatusOutcome(outcome);
    // Saved: the view now holds it. Refused: the user's choice stays in the field to save again.
    if (outcome.ok) setPendingStatus(({ [blockId]: _, ...rest }) => rest);
  };

  return (
    <div className={styles.section}>
      <div className={styles.terms}>
        <Text>
          {t('version')} {shown.version} — <Badge appearance="tint">{shown.statusLabel[lang]}</Badge>
        </Text>
        <Text>
          {t('period')}: {formatDate(lang, shown.periodStart)} – {formatDate(lang, shown.periodEnd)} ({shown.periodMonths} {t('months')})
        </Text>
        <Text>
          {t('cadence')}: {t('everyWeeks', { n: shown.followUpCadenceWeeks })}
        </Text>
      </div>
      {shown.revisionReason && <Text className={styles.small}>{shown.revisionReason}</Text>}

      <h3>{t('goals')}</h3>
      <ol className={styles.goals}>
        {shown.goals.map((goal) => (
          <li key={goal.id}>
            {editingGoal === goal.id ? (
              <GoalForm
                initial={{ text: goal.text, evidence: goal.evidence }}
                busy={busy}
                onCancel={() => setEditingGoal(undefined)}
                onSave={async (values) => whenDone(() => setEditingGoal(undefined))(await send('PUT', apiPaths.goal(view.id, goal.id), values))}
              />
            ) : (
              <>
                <Text weight="semibold">{goal.text}</Text>
                <div>
                  <Text className={styles.small}>
                    {t('evidence')}: {goal.evidence}
                  </Text>
                </div>
                {editable && (
                  <Button size="small" appearance="subtle" onClick={() => setEditingGoal(goal.id)} aria-label={`${t('edit')}: ${goal.text}`}>
                    {t('edit')}
                  </Button>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {editable &&
        (editingGoal === 'new' ? (
          <GoalForm
            initial={{ text: '', evidence: '' }}
            busy={busy}
            onCancel={() => setEditingGoal(undefined)}
            onSave={async (values) => whenDone(() => setEditingGoal(undefined))(await send('POST', apiPaths.goals(view.id), values))}
          />
        ) : (
          <div>
            <Button onClick={() => setEditingGoal('new')}>{t('addGoal')}</Button>
          </div>
        ))}

      <h3>{t('blocks')}</h3>
      <ChangeProblem outcome={statusOutcome} />
      {shown.complexityWarnings.map((warning) => (
        <MessageBar key={warning.blockId} intent="warning">
          <MessageBarBody>{warning.text[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      <Table aria-label={t('blocks')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('title')}</TableHeaderCell>
            <TableHeaderCell>{t('kind')}</TableHeaderCell>
            <TableHeaderCell>{t('period')}</TableHeaderCell>
            <TableHeaderCell>{t('form')}</TableHeaderCell>
            <TableHeaderCell>{t('complexity')}</TableHeaderCell>
            <TableHeaderCell>{t('status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.blocks.map((block) => (
            <TableRow key={block.id}>
              <TableCell>
                <Text weight="semibold">{block.title}</Text>
                {block.description && <div className={styles.small}>{block.description}</div>}
                {editable && block.kind !== 'leaderAspirantCourse' && (
                  <Button size="small" appearance="subtle" onClick={() => setEditingBlock(block.id)} aria-label={`${t('edit')}: ${block.title}`}>
                    {t('edit')}
                  </Button>
                )}
              </TableCell>
              <TableCell>{block.kindLabel[lang]}</TableCell>
              <TableCell>{periodText(lang, block.period)}</TableCell>
              <TableCell>{block.practice ? `${block.practice.formLabel[lang]}, ${block.practice.reachLabel[lang]}${block.practice.scope ? ` — ${block.practice.scope}` : ''}` : '—'}</TableCell>
              <TableCell>{block.practice?.complexity ?? '—'}</TableCell>
              <TableCell>
                {view.can.setBlockStatus ? (
                  <Select
                      value={pendingStatus[block.id] ?? block.status}
                      disabled={busy}
                      onChange={(_, d) => void setStatus(block.id, d.value as BlockStatusName)}
                      aria-label={t('blockStatus', { title: block.title })}
                    >
                      {(Object.keys(BLOCK_STATUS_LABELS) as BlockStatusName[]).map((status) => (
                        <option key={status} value={status}>
                          {BLOCK_STATUS_LABELS[status][lang]}
                        </option>
                      ))}
                  </Select>
                ) : (
                  block.statusLabel[lang]
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editable && editingBlock && (
        <BlockForm
          key={editingBlock}
          goals={shown.goals}
          busy={busy}
          initial={editingBlock === 'new' ? undefined : valuesOfId(shown, editingBlock)}
          onCancel={() => setEditingBlock(undefined)}
          onSave={async (values) =>
            whenDone(() => setEditingBlock(undefined))(
              editingBlock === 'new'
                ? await send('POST', apiPaths.blocks(view.id), values)
                : await send('PUT', apiPaths.block(view.id, editingBlock), values),
            )
          }
        />
      )}
      {editable && !editingBlock && (
        <div>
          <Button onClick={() => setEditingBlock('new')}>{t('addBlock')}</Button>
        </div>
      )}

      <h3>{t('approvals')}</h3>
      <ul className={styles.approvals}>
        <li>
          {t('approvedByTrainee')}: {stampText(lang, shown.approvedByTrainee, t('notYet'))}
        </li>
        <li>
          {t('approvedByLeader')}: {stampText(lang, shown.approvedByLeader, t('notYet'))}
        </li>
        <li>
          {t('acknowledgedByHr')}: {stampText(lang, shown.acknowledgedByHr, t('notYet'))}
        </li>
      </ul>
      <ChangeProblem outcome={approval} />
      <div className={styles.actions}>
        {view.can.approveAgreement && (
          <Button appearance="primary" disabled={busy} onClick={async () => setApproval(await send('POST', apiPaths.approve(view.id)))}>
            {t('approve')}
          </Button>
        )}
        {view.can.reviseAgreement && !revising && (
          <Button disabled={busy} onClick={() => setRevising(true)}>
            {t('revise')}
          </Button>
        )}
        {view.can.acknowledgeAgreement && (
          <Button disabled={busy} onClick={async () => setApproval(await send('POST', apiPaths.acknowledge(view.id)))}>
            {t('acknowledge')}
          </Button>
        )}
      </div>

      {revising && (
        <ReviseForm
          busy={busy}
          onCancel={() => setRevising(false)}
          onSave={async (reason) => whenDone(() => setRevising(false))(await send('POST', apiPaths.revise(view.id), { reason }))}
        />
      )}

      {older.length > 0 && (
        <details>
          <summary>{t('olderVersions')}</summary>
          {older.map((agreement) => (
            <OlderVersion key={agreement.version} agreement={agreement} />
          ))}
        </details>
      )}
    </div>
  );
}

/** Opening a new version of an approved agreement: why it is revised. */
function ReviseForm({ busy, onSave, onCancel }: { busy: boolean; onSave: (reason: string) => Promise<ChangeOutcome>; onCancel: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ChangeOutcome>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onSave(reason);
    if (!result.ok) setOutcome(result);
  };
  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: tokens.spacingVerticalS }}>
      <ChangeProblem outcome={outcome} />
      <Field label={t('reviseReason')} required>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <FormActions submitLabel={t('revise')} busy={busy} onCancel={onCancel} />
    </form>
  );
}

function OlderVersion({ agreement }: { agreement: AgreementView }) {
  const t = useT();
  const lang = useLang();
  return (
    <section aria-label={`${t('version')} ${agreement.version}`}>
      <h4>
        {t('version')} {agreement.version} — {agreement.statusLabel[lang]}
      </h4>
      <ol>
        {agreement.goals.map((goal) => (
          <li key={goal.id}>{goal.text}</li>
        ))}
      </ol>
      <ul>
        {agreement.blocks.map((block) => (
          <li key={block.id}>
            {block.title} ({block.kindLabel[lang]}, {block.statusLabel[lang]})
          </li>
        ))}
      </ul>
    </section>
  );
}

function valuesOfId(agreement: AgreementView, blockId: string) {
  const block = agreement.blocks.find((b) => b.id === blockId);
  return block ? valuesOf(block) : undefined;
}

export function periodText(lang: Lang, period: { from?: string; to?: string }): string {
  if (!period.from && !period.to) return '—';
  return `${period.from ? formatDate(lang, period.from) : '…'} – ${period.to ? formatDate(lang, period.to) : '…'}`;
}

export function stampText(lang: Lang, stamp: StampView | undefined, none: string): string {
  return stamp ? `${stamp.by.name}, ${formatDateTime(lang, stamp.at)}` : none;
}
