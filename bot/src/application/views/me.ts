/**
 * Who the caller is, as the tab needs it to choose its views: name, language, the roles held
 * outside any programme (HR consultant of departments, programme admin) and their own programmes.
 */
import { toLocale } from '../../domain/errors';
import { LocalizedText, Locale } from '../../domain/localizedText';
import { PHASE_LABELS } from '../../domain/labels';
import { PersonId, ProgrammeRole } from '../../domain/people';
import { Phase } from '../../domain/state';
import { programmeStatus } from '../programmeStatus';
import { ViewDeps } from './viewDeps';
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
  const [person, statuses, departments] = await Promise.all([
    deps.people.find(personId),
    programmeStatus(deps, personId),
    deps.departments.list(),
  ]);
  const hrIds = new Set(person?.hrDepartmentIds ?? []);
  return {
    person: { id: personId, name: person?.name ?? '' },
    language: person?.preferredLanguage ?? toLocale(person?.locale),
    isProgrammeAdmin: person?.isProgrammeAdmin ?? false,
    hrDepartments: departments.filter((d) => hrIds.has(d.id)).map((d) => ({ id: d.id, name: d.name })),
    programmes: statuses.map((s) => ({
      programmeId: s.programmeId,
      role: s.role,
      trainee: { id: s.trainee.id, name: s.trainee.name },
      leader: { id: s.leader.id, name: s.leader.name },
      ...(s.hrConsultant ? { hrConsultant: { id: s.hrConsultant.id, name: s.hrConsultant.name } } : {}),
      phase: s.phase,
      phaseLabel: PHASE_LABELS[s.phase],
      closed: s.closed,
    })),
  };
}
