/** Cells a trainee's row shows the same way in *Mine ledertrainees* and *Oversigt*. */
import { TableCell } from '@fluentui/react-components';
import type { NextConversationSummary, OverdueItem, PersonRefView } from '../../../bot/src/api/contract';
import { RouteLink } from '../components/RouteLink';
import { formatDateTime, useLang } from '../i18n/texts';

/** The trainee's name, opening their programme. */
export function TraineeNameCell({ programmeId, trainee }: { programmeId: string; trainee: PersonRefView }) {
  return (
    <TableCell>
      <RouteLink route={{ name: 'programme', programmeId }}>{trainee.name}</RouteLink>
    </TableCell>
  );
}

/** The next booked conversation and when, or a dash. */
export function NextConversationCell({ next }: { next: NextConversationSummary | undefined }) {
  const lang = useLang();
  return <TableCell>{next ? `${next.label[lang]}, ${formatDateTime(lang, next.scheduledAt)}` : '—'}</TableCell>;
}

/** What is overdue, one line each, or a dash; `listClassName` styles the list as the view wants it. */
export function OverdueCell({ overdue, listClassName }: { overdue: OverdueItem[]; listClassName: string }) {
  const lang = useLang();
  return (
    <TableCell>
      {overdue.length === 0 ? (
        '—'
      ) : (
        <ul className={listClassName}>
          {overdue.map((o) => (
            <li key={o.kind + o.since}>{o.text[lang]}</li>
          ))}
        </ul>
      )}
    </TableCell>
  );
}
