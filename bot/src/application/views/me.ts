/**
 * Who the caller is, as the tab needs it to choose its views: name, language, the roles held
 * outside any programme (HR consultant of departments, programme admin) and their own programmes.
 * Every view of the tab starts here, so it reads the programmes' cohort summaries, not the programmes:
 * an HR consultant is one of the three in every programme of the department.
 */
import { toLocale } from '../../domain/errors';
import { LocalizedText, Locale } from '../../domain/localizedText';
import { PHASE_LABELS } from '../../domain/labels';
import { PersonId, ProgrammeRole } from '../../domain/people';
import { Phase } from '../../domain/state';
import { roleIn } from '../../domain/access';
import { isClosed } from '../../domain/programme';
import { ProgrammeState } from '../../domain/state';
import { summariesOf, ViewDeps } from './viewDeps';
import { PersonView } from './viewTypes';

export interface MeView {
  person: PersonView;
  language: Locale;
  isProgrammeAdmin: boolean;
  hrDepartments: { id: string; name: string }[];
  programmes: {
    programmeId: string;
    role: ProgrammeRole;
    trainee: PersonView;
    leader: PersonView;
    hrConsultant?: PersonView;
    phase: Phase;
    phaseLabel: LocalizedText;
    closed: boolean;
  }[];
}

export async function me(deps: ViewDeps, personId: PersonId): Promise<MeView> {
  const [person, summaries, departments] = await Promise.all([
    deps.people.find(personId),
    summariesOf(deps).listSummariesForPerson(personId),
    deps.departments.list(),
  ]);
  const hrIds = new Set(person?.hrDepartmentIds ?? []);
  return {
    person: { id: personId, name: person?.name ?? '' },
    language: person?.preferredLanguage ?? toLocale(person?.locale),
    isProgrammeAdmin: person?.isProgrammeAdmin ?? false,
    hrDepartments: departments.filter((d) => hrIds.has(d.id)).map((d) => ({ id: d.id, name: d.name })),
    programmes: summaries
      .flatMap((state) => ownProgramme(state, personId))
      .sort((a, b) => Number(a.closed) - Number(b.closed) || a.trainee.name.localeCompare(b.trainee.name, 'da')),
  };
}

function ownProgramme(state: ProgrammeState, personId: PersonId): MeView['programmes'] {
  const role = roleIn(state, personId);
  if (!role) return [];
  const { trainee, leader, hrConsultant } = state;
  return [
    {
      programmeId: state.id,
      role,
      trainee: { id: trainee.id, name: trainee.name },
      leader: { id: leader.id, name: leader.name },
      ...(hrConsultant ? { hrConsultant: { id: hrConsultant.id, name: hrConsultant.name } } : {}),
      phase: state.phase,
      phaseLabel: PHASE_LABELS[state.phase],
      closed: isClosed(state),
    },
  ];
}
