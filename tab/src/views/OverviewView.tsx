/**
 * *Oversigt*: the cohort for an HR consultant (their departments) or a programme admin (all): a table
 * with filters and sorting (done by the server, the same for the CSV), the phase distribution, the CSV
 * export, and for admins the programme feedback from the transition interviews.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FeedbackResponse, OverviewQuery, OverviewResponse, PhaseName } from '../../../bot/src/api/contract';
import { PHASE_LABELS } from '../../../bot/src/api/contract/labels';
import { apiPaths } from '../../../bot/src/api/contract/routes';
import { asFailure, useLoad, useSession } from '../app/session';
import { PhaseChart } from '../components/PhaseChart';
import { Failure, WhenLoaded } from '../components/Status';
import { formatDate, type TextKey, useLang, useT } from '../i18n/texts';
import { NextConversationCell, OverdueCell, TraineeNameCell } from './traineeRowCells';

type SortKey = NonNullable<OverviewQuery['sort']>;

const PHASES = (Object.keys(PHASE_LABELS) as PhaseName[]).map((key) => ({ key, label: PHASE_LABELS[key] }));

const COLUMNS: { key: SortKey | undefined; label: TextKey }[] = [
  { key: 'trainee', label: 'trainee' },
  { key: 'leader', label: 'leader' },
  { key: 'department', label: 'department' },
  { key: 'phase', label: 'phase' },
  { key: 'periodStart', label: 'period' },
  { key: undefined, label: 'personalityTest' },
  { key: undefined, label: 'agreementStatus' },
  { key: 'nextConversation', label: 'nextConversation' },
  { key: 'overdue', label: 'overdue' },
];

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalL },
  card: { padding: tokens.spacingHorizontalL, borderRadius: tokens.borderRadiusLarge, background: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4 },
  tableWrap: { overflowX: 'auto' },
  overdue: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: { tableLayout: 'auto' },
  // The chart's height (four 20 px bars, 8 px apart), kept while it waits, so the table does not move when it comes.
  chartPlaceholder: { minHeight: '104px' },
  sortButton: { fontWeight: tokens.fontWeightSemibold, padding: 0, minWidth: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', justifyContent: 'flex-start' },
});

export function OverviewView() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { api, me } = useSession();
  const [query, setQuery] = useState<OverviewQuery>({});
  const [search, setSearch] = useState('');
  const [exportProblem, setExportProblem] = useState<ReturnType<typeof asFailure>>();
  const chartShown = useAfterFirstPaint();

  // Typing waits a moment before asking the server.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => ({ ...q, q: search.trim() || undefined })), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const queryString = toQueryString(query);
  const { loaded, reload } = useLoad<OverviewResponse>(`${apiPaths.overview}${queryString}`);

  const sortBy = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, order: q.sort === key && q.order !== 'desc' ? 'desc' : 'asc' }));

  const exportCsv = async () => {
    setExportProblem(undefined);
    try {
      const blob = await api.download(`${apiPaths.overviewCsv}${toQueryString({ ...query, lang })}`);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = lang === 'en' ? 'leader-trainees.csv' : 'ledertrainees.csv';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setExportProblem(asFailure(error));
    }
  };

  return (
    <div className={styles.page}>
      <Title2 as="h1">{t('navOverview')}</Title2>
      <section className={styles.card} aria-label={t('filters')}>
        <div className={styles.filters}>
          <Field label={t('search')}>
            <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
          </Field>
          {loaded.state === 'ready' && loaded.data.departments.length > 1 && (
            <Field label={t('department')}>
              <Select value={query.department ?? ''} onChange={(_, d) => setQuery({ ...query, department: d.value || undefined })}>
                <option value="">{t('allDepartments')}</option>
                {loaded.data.departments.map((dep) => (
                  <option key={dep.id} value={dep.id}>
                    {dep.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t('phase')}>
            <Select value={query.phase ?? ''} onChange={(_, d) => setQuery({ ...query, phase: (d.value || undefined) as PhaseName | undefined })}>
              <option value="">{t('allPhases')}</option>
              {PHASES.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label[lang]}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox label={t('onlyOverdue')} checked={query.overdue === 'true'} onChange={(_, d) => setQuery({ ...query, overdue: d.checked ? 'true' : undefined })} />
          <Checkbox label={t('includeClosed')} checked={query.includeClosed === 'true'} onChange={(_, d) => setQuery({ ...query, includeClosed: d.checked ? 'true' : undefined })} />
          <Button onClick={() => void exportCsv()}>{t('exportCsv')}</Button>
        </div>
        {exportProblem && <Failure failure={exportProblem} />}
      </section>

      <WhenLoaded loaded={loaded} onRetry={reload}>
        {(overview) => (
          <>
            <section className={styles.card} aria-labelledby="distribution-title">
              <h2 id="distribution-title">{t('phaseDistribution')}</h2>
              {chartShown ? (
                <PhaseChart title={t('phaseDistribution')} bars={PHASES.map((p) => ({ key: p.key, label: p.label[lang], count: overview.phaseCounts[p.key] }))} />
              ) : (
                <div className={styles.chartPlaceholder} />
              )}
            </section>
            <section className={styles.card} aria-labelledby="cohort-title">
              <h2 id="cohort-title">
                {t('cohort')} ({overview.rows.length} {t('programmes')})
              </h2>
              {overview.rows.length === 0 ? (
                <Text>{t('noRows')}</Text>
              ) : (
                <div className={styles.tableWrap}>
                  <Table aria-labelledby="cohort-title" size="small" className={styles.table}>
                    <TableHeader>
                      <TableRow>
                        {COLUMNS.map((column) => (
                          <TableHeaderCell
                            key={column.label}
                            aria-sort={column.key && query.sort === column.key ? (query.order === 'desc' ? 'descending' : 'ascending') : undefined}
                          >
                            {column.key ? (
                              <Button appearance="transparent" className={styles.sortButton} onClick={() => sortBy(column.key!)} aria-label={t('sortBy', { column: t(column.label) })}>
                                {t(column.label)}
                                {query.sort === column.key ? (query.order === 'desc' ? ' ▼' : ' ▲') : ''}
                              </Button>
                            ) : (
                              t(column.label)
                            )}
                          </TableHeaderCell>
                        ))}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {overview.rows.map((row) => (
                        <TableRow key={row.programmeId}>
                          <TraineeNameCell programmeId={row.programmeId} trainee={row.trainee} />
                          <TableCell>{row.leader.name}</TableCell>
                          <TableCell>{row.department.name}</TableCell>
                          <TableCell>
                            <Badge appearance="tint">{row.phaseLabel[lang]}</Badge>
                          </TableCell>
                          <TableCell>{row.period.start ? `${formatDate(lang, row.period.start)}${row.period.end ? ` – ${formatDate(lang, row.period.end)}` : ''}` : '—'}</TableCell>
                          <TableCell>{row.personalityTestLabel[lang]}</TableCell>
                          <TableCell>{row.agreementLabel[lang]}</TableCell>
                          <NextConversationCell next={row.nextConversation} />
                          <OverdueCell overdue={row.overdue} listClassName={styles.overdue} />
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </section>
          </>
        )}
      </WhenLoaded>
      {me.isProgrammeAdmin && <FeedbackSection />}
    </div>
  );
}

/**
 * False in the first render, true from the frame after it is painted: the phase chart waits for it, so
 * the cohort table — what HR opens Oversigt for — is on screen first.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

function FeedbackSection() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { loaded, reload } = useLoad<FeedbackResponse>(apiPaths.feedback);
  return (
    <section className={styles.card} aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('feedback')}</h2>
      <WhenLoaded loaded={loaded} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <Text>{t('noFeedback')}</Text>
          ) : (
            <ul>
              {items.map((item) => (
                <li key={item.programmeId}>
                  <Text weight="semibold">
                    {item.trainee.name} ({item.department.name}) — {item.readinessLabel[lang]}, {formatDate(lang, item.documentedAt)}
                  </Text>
                  <div>
                    {t('traineeSays')}: {item.traineeFeedback || '—'}
                  </div>
                  <div>
                    {t('leaderSays')} ({item.leader.name}): {item.leaderFeedback || '—'}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </WhenLoaded>
    </section>
  );
}

function toQueryString(query: OverviewQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
