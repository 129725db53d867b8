/** *Mit forløb*: the trainee's own programme (the open one first, else the newest closed). */
import { Text, Title2 } from '@fluentui/react-components';
import { useSession } from '../app/session';
import { useT } from '../i18n/texts';
import { ProgrammePage } from './ProgrammePage';

export function MyProgrammeView() {
  const t = useT();
  const { me } = useSession();
  const own = me.programmes.filter((p) => p.role === 'trainee');
  const programme = own.find((p) => !p.closed) ?? own[0];
  if (!programme) {
    // Still a page with a heading, so a screen reader's first stop says where the user is.
    return (
      <section aria-labelledby="mine-title">
        <Title2 as="h1" id="mine-title">
          {t('navMine')}
        </Title2>
        <div>
          <Text>{me.programmes.length === 0 && !me.isProgrammeAdmin && me.hrDepartments.length === 0 ? t('nothingHere') : t('noProgramme')}</Text>
        </div>
      </section>
    );
  }
  return <ProgrammePage programmeId={programme.programmeId} />;
}
