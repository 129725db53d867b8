/** *Mit forløb*: the trainee's own programme (the open one first, else the newest closed). */
import { Text } from '@fluentui/react-components';
import { useSession } from '../app/session';
import { useT } from '../i18n/texts';
import { ProgrammePage } from './ProgrammePage';

export function MyProgrammeView() {
  const t = useT();
  const { me } = useSession();
  const own = me.programmes.filter((p) => p.role === 'trainee');
  const programme = own.find((p) => !p.closed) ?? own[0];
  if (!programme) return <Text>{me.programmes.length === 0 && !me.isProgrammeAdmin && me.hrDepartments.length === 0 ? t('nothingHere') : t('noProgramme')}</Text>;
  return <ProgrammePage programmeId={programme.programmeId} />;
}
