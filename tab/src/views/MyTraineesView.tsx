/** *Mine ledertrainees*: the leader's own trainees with phase, next conversation and what is overdue; a row opens the programme. */
import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, tokens } from '@fluentui/react-components';
import type { MyTraineesResponse } from '../../../bot/src/api/contract';
import { apiPaths } from '../../../bot/src/api/contract/routes';
import { useLoad } from '../app/session';
import { WhenLoaded } from '../components/Status';
import { useLang, useT } from '../i18n/texts';
import { NextConversationCell, OverdueCell, TraineeNameCell } from './traineeRowCells';

const useStyles = makeStyles({
  overdue: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function MyTraineesView() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { loaded, reload } = useLoad<MyTraineesResponse>(apiPaths.myTrainees);
  return (
    <section aria-labelledby="trainees-title">
      <Title2 as="h1" id="trainees-title">
        {t('navTrainees')}
      </Title2>
      <WhenLoaded loaded={loaded} onRetry={reload}>
        {({ trainees }) =>
          trainees.length === 0 ? (
            <Text>{t('noTrainees')}</Text>
          ) : (
            <Table aria-labelledby="trainees-title">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('trainee')}</TableHeaderCell>
                  <TableHeaderCell>{t('phase')}</TableHeaderCell>
                  <TableHeaderCell>{t('nextConversation')}</TableHeaderCell>
                  <TableHeaderCell>{t('overdue')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {trainees.map((row) => (
                  <TableRow key={row.programmeId}>
                    <TraineeNameCell programmeId={row.programmeId} trainee={row.trainee} />
                    <TableCell>
                      <Badge appearance="tint">{row.phaseLabel[lang]}</Badge>
                    </TableCell>
                    <NextConversationCell next={row.nextConversation} />
                    <OverdueCell overdue={row.overdue} listClassName={styles.overdue} />
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </WhenLoaded>
    </section>
  );
}
