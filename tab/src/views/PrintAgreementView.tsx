/**
 * The learning agreement for paper: the version in force (else the newest), plain headings, tables
 * with borders, no navigation or buttons (print CSS in styles.css); on screen a print button and a
 * way back. Loaded only when someone opens it.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AgreementView, ProgrammeView } from '../../../bot/src/api/contract';
import { apiPaths } from '../../../bot/src/api/contract/routes';
import { navigate } from '../app/router';
import { useLoad } from '../app/session';
import { WhenLoaded } from '../components/Status';
import { formatDate, useLang, useT } from '../i18n/texts';
import { periodText, stampText } from './agreement/AgreementSection';

const useStyles = makeStyles({
  page: { maxWidth: '800px', margin: '0 auto', padding: tokens.spacingHorizontalXXL, background: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
  table: { width: '100%', borderCollapse: 'collapse', '& th, & td': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' } },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 16px', margin: 0, '& dd': { margin: 0 }, '& dt': { fontWeight: tokens.fontWeightSemibold } },
});

export function PrintAgreementView({ programmeId }: { programmeId: string }) {
  const { loaded, reload } = useLoad<ProgrammeView>(apiPaths.programme(programmeId));
  return <WhenLoaded loaded={loaded} onRetry={reload}>{(view) => <PrintPage view={view} />}</WhenLoaded>;
}

function PrintPage({ view }: { view: ProgrammeView }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const agreement: AgreementView | undefined = view.agreements.find((a) => a.version === view.agreementInForce) ?? view.agreements[0];
  return (
    <div className={`${styles.page} print-page`}>
      <div className={`${styles.actions} no-print`}>
        <Button appearance="primary" onClick={() => window.print()}>
          {t('printNow')}
        </Button>
        <Button onClick={() => navigate({ name: 'programme', programmeId: view.id })}>{t('back')}</Button>
      </div>
      <h1>
        {t('agreement')} — {view.trainee.name}
      </h1>
      {!agreement ? (
        <p>{t('noAgreement')}</p>
      ) : (
        <>
          <dl className={styles.facts}>
            <dt>{t('trainee')}</dt>
            <dd>{view.trainee.name}</dd>
            <dt>{t('leader')}</dt>
            <dd>{view.leader.name}</dd>
            <dt>{t('hrConsultant')}</dt>
            <dd>{view.hrConsultant?.name ?? '—'}</dd>
            <dt>{t('department')}</dt>
            <dd>{view.department.name}</dd>
            <dt>{t('version')}</dt>
            <dd>
              {agreement.version} ({agreement.statusLabel[lang]})
            </dd>
            <dt>{t('period')}</dt>
            <dd>
              {formatDate(lang, agreement.periodStart)} – {formatDate(lang, agreement.periodEnd)} ({agreement.periodMonths} {t('months')})
            </dd>
            <dt>{t('cadence')}</dt>
            <dd>{t('everyWeeks', { n: agreement.followUpCadenceWeeks })}</dd>
          </dl>

          <h2>{t('goals')}</h2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('goal')}</th>
                <th scope="col">{t('evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.goals.map((goal, i) => (
                <tr key={goal.id}>
                  <td>{i + 1}</td>
                  <td>{goal.text}</td>
                  <td>{goal.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t('blocks')}</h2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('period')}</th>
                <th scope="col">{t('form')}</th>
                <th scope="col">{t('complexity')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.blocks.map((block) => (
                <tr key={block.id}>
                  <td>
                    <strong>{block.title}</strong>
                    {block.description && <div>{block.description}</div>}
                  </td>
                  <td>{block.kindLabel[lang]}</td>
                  <td>{periodText(lang, block.period)}</td>
                  <td>{block.practice ? `${block.practice.formLabel[lang]}, ${block.practice.reachLabel[lang]}` : '—'}</td>
                  <td>{block.practice?.complexity ?? '—'}</td>
                  <td>{block.statusLabel[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t('approvals')}</h2>
          <dl className={styles.facts}>
            <dt>{t('approvedByTrainee')}</dt>
            <dd>{stampText(lang, agreement.approvedByTrainee, t('notYet'))}</dd>
            <dt>{t('approvedByLeader')}</dt>
            <dd>{stampText(lang, agreement.approvedByLeader, t('notYet'))}</dd>
            <dt>{t('acknowledgedByHr')}</dt>
            <dd>{stampText(lang, agreement.acknowledgedByHr, t('notYet'))}</dd>
          </dl>
        </>
      )}
    </div>
  );
}
