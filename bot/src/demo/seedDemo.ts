/**
 * Seeds the local demo: the department Sundhed og Omsorg with its HR consultant, a leader, and two
 * trainees in different phases, so a newcomer meets a living programme at once. The programmes are
 * walked through the domain's own methods (so the demo obeys every rule), with dates relative to
 * today. Idempotent: what already exists is left alone, so restarting `npm start` keeps whatever was
 * changed in the demo.
 */
import { calendarDate } from '../domain/calendar';
import { Department } from '../domain/department';
import { NotFoundError } from '../domain/errors';
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../domain/ports';
import { Person, PersonRef } from '../domain/people';
import { Programme } from '../domain/programme';
import { DEMO_DEPARTMENT_ID, demoPeople } from './demoPeople';

export interface DemoStorage {
  departments: DepartmentRepository;
  people: PersonDirectory;
  programmes: ProgrammeRepository;
}

export const DEMO_PROGRAMME_IDS = { inDevelopment: 'demo-sofie-nielsen', inStartup: 'demo-ahmad-rahimi' } as const;

const DAY = 24 * 60 * 60 * 1000;

const ref = ({ id, name, email }: Person): PersonRef => ({ id, name, email });

/** Returns true when anything was created. */
export async function seedDemo(storage: DemoStorage, now: Date): Promise<boolean> {
  let created = false;
  for (const person of Object.values(demoPeople)) {
    if (!(await storage.people.find(person.id))) {
      await storage.people.add(person);
      created = true;
    }
  }

  const department = demoDepartment();
  if (!(await storage.departments.list()).some((d) => d.id === DEMO_DEPARTMENT_ID)) {
    await storage.departments.add(department);
    created = true;
  }

  for (const build of [programmeInDevelopment, programmeInStartup]) {
    const programme = build(department, now);
    if (await exists(storage.programmes, programme.id)) continue;
    await storage.programmes.create(programme, {
      at: now.toISOString(),
      by: demoPeople.leader.id,
      action: 'demo.seeded',
    });
    created = true;
  }
  return created;
}

export function demoDepartment(): Department {
  return { id: DEMO_DEPARTMENT_ID, name: 'Sundhed og Omsorg', hrConsultants: [ref(demoPeople.hrConsultant)] };
}

async function exists(programmes: ProgrammeRepository, id: string): Promise<boolean> {
  try {
    await programmes.load(id);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/**
 * Sofie: nominated four months ago, start-up done, learning agreement accepted, now in development.
 * Also a realistic programme for benchmarks, under another id.
 */
export function programmeInDevelopment(department: Department, now: Date, id: string = DEMO_PROGRAMME_IDS.inDevelopment): Programme {
  const at = relativeTo(now);
  const { leader, hrConsultant, traineeInDevelopment: trainee } = demoPeople;
  const p = nominateByMette(id, department, trainee, at(-120), {
    reason: 'Sofie tager ansvar i teamet, er god til at samle kollegerne og vil gerne prøve kræfter med ledelse.',
    leaderClarificationCompleted: true,
  });
  p.beginStartup(at(-118), hrConsultant.id);

  p.book('startupPart1', `${id}-opstart-1`, at(-110, 8), 90, at(-116), hrConsultant.id);
  p.markHeld(`${id}-opstart-1`, at(-110, 10), hrConsultant.id);
  p.document(
    `${id}-opstart-1`,
    {
      kind: 'startupPart1',
      data: {
        format: 'individual',
        frameIntroduced: ['purposeAndEffects', 'phases', 'buildingBlocks', 'roles', 'learningAgreement', 'conversations', 'takeOff'],
        periodMonths: 12,
        hoursPerWeek: 5,
        part2Date: calendarDate(at(-103)),
      },
    },
    at(-110, 11),
    hrConsultant.id,
  );

  p.book('startupPart2', `${id}-opstart-2`, at(-103, 8), 90, at(-110, 12), leader.id);
  p.markHeld(`${id}-opstart-2`, at(-103, 10), leader.id);
  p.document(
    `${id}-opstart-2`,
    {
      kind: 'startupPart2',
      data: {
        motivation: 'Jeg vil gerne skabe gode rammer for kollegerne og være med til at udvikle plejen.',
        strengths: 'Struktureret, god til at lytte og til at samle trådene i teamet.',
        developmentAreas: 'At tage de svære samtaler og at prioritere, når der er pres på.',
        traineeExpectations: 'Sparring hver anden uge og mulighed for at prøve ledelsesopgaver af.',
        leaderExpectations: 'At Sofie tager initiativ, deler sine erfaringer og beder om hjælp i tide.',
        commitments: 'Vi holder opfølgningsmøder hver fjerde uge og evaluerer praksiselementerne løbende.',
        firstGoals: [
          {
            text: 'Lede et teammøde med svære prioriteringer',
            evidence: 'Sofie har planlagt og ledet tre teammøder, og teamet har fået klare aftaler ud af dem.',
          },
          {
            text: 'Give konstruktiv feedback til kolleger',
            evidence: 'Sofie har givet feedback i mindst fem situationer og drøftet dem med lederen bagefter.',
          },
        ],
      },
    },
    at(-103, 11),
    leader.id,
    { goalIds: [`${id}-maal-1`, `${id}-maal-2`], aspirantBlockId: `${id}-lederaspirant` },
  );
  p.addBuildingBlock(
    {
      id: `${id}-foelg-lederen`,
      kind: 'practiceElement',
      title: 'Følg lederen ved teammøder',
      description: 'Sofie følger Mette ved teammøder og forbereder selv dagsordenen for ét af dem.',
      goalIds: [`${id}-maal-1`],
      period: { from: calendarDate(at(-95)), to: calendarDate(at(-35)) },
      practice: { type: 'task', form: 'followTheLeader', reach: 'local', scope: 'To timer om ugen i to måneder', complexity: 1 },
    },
    at(-102),
    leader.id,
  );
  p.addBuildingBlock(
    {
      id: `${id}-vagtplan`,
      kind: 'practiceElement',
      title: 'Ansvar for vagtplanlægning',
      description: 'Sofie lægger vagtplanen for afdelingen i tre måneder, med Mette som sparringspartner.',
      goalIds: [`${id}-maal-1`, `${id}-maal-2`],
      period: { from: calendarDate(at(-30)), to: calendarDate(at(60)) },
      practice: { type: 'process', form: 'sideBySide', reach: 'local', scope: 'Fire timer om ugen i tre måneder', complexity: 2 },
    },
    at(-102),
    leader.id,
  );
  p.addBuildingBlock(
    {
      id: `${id}-lus`,
      kind: 'leaderRoleIntroduction',
      title: 'Introduktion til lederrollen og LUS',
      description: 'Gennemgang af lederrollen i Sundhed og Omsorg, LUS og de strategiske ophæng.',
      period: { from: calendarDate(at(-95)), to: calendarDate(at(-80)) },
    },
    at(-102),
    leader.id,
  );
  p.acceptAgreement(at(-101), trainee.id);
  p.acceptAgreement(at(-101), leader.id);
  p.acknowledgeAgreement(at(-100), hrConsultant.id);
  p.beginDevelopment(at(-100), leader.id);

  p.setBuildingBlockStatus(`${id}-lus`, 'done', at(-80), trainee.id);
  p.setBuildingBlockStatus(`${id}-foelg-lederen`, 'done', at(-35), trainee.id);
  p.setBuildingBlockStatus(`${id}-vagtplan`, 'inProgress', at(-30), trainee.id);
  p.setBuildingBlockStatus(`${id}-lederaspirant`, 'inProgress', at(-60), trainee.id);

  p.book('followUp', `${id}-opfoelgning-1`, at(-14, 12), 60, at(-20), leader.id);
  p.markHeld(`${id}-opfoelgning-1`, at(-14, 13), leader.id);
  p.recordFollowUp(
    {
      id: `${id}-opfoelgning-1-notat`,
      conversationId: `${id}-opfoelgning-1`,
      blocksDiscussed: [`${id}-vagtplan`],
      learned: 'At en vagtplan er et ledelsesværktøj: den viser, hvad vi prioriterer.',
      experiences: 'To kolleger var utilfredse med weekendvagterne; Sofie tog samtalen selv.',
      leaderFeedback: 'Godt håndteret. Næste gang: forbered samtalen med et klart oplæg.',
      nextActions: 'Sofie inviterer til et kort møde om weekendvagterne og laver et forslag.',
      nextComplexityStep: 'Næste praksiselement: lede et tværfagligt projekt.',
    },
    at(-14, 14),
    leader.id,
  );
  p.book('followUp', `${id}-opfoelgning-2`, at(14, 12), 60, at(-14, 14), leader.id);
  return p;
}

/** Ahmad: nominated three weeks ago, has not done lederafklaringsforløbet, test taken, feedback pending. */
export function programmeInStartup(department: Department, now: Date, id: string = DEMO_PROGRAMME_IDS.inStartup): Programme {
  const at = relativeTo(now);
  const { hrConsultant, traineeInStartup: trainee } = demoPeople;
  const p = nominateByMette(id, department, trainee, at(-21), {
    reason: 'Ahmad er fagligt stærk, tager gerne koordinerende opgaver og er nysgerrig på ledelse.',
    leaderClarificationCompleted: false,
  });
  p.beginStartup(at(-20), hrConsultant.id);
  p.recordPersonalityTestTaken(at(-6), trainee.id);
  p.book('startupPart1', `${id}-opstart-1`, at(9, 8), 90, at(-5), hrConsultant.id);
  return p;
}

/** The demo leader nominates a trainee, with the department's HR consultant attached at once. */
function nominateByMette(
  id: string,
  department: Department,
  trainee: Person,
  at: Date,
  nomination: { reason: string; leaderClarificationCompleted: boolean },
): Programme {
  const { leader, hrConsultant } = demoPeople;
  return Programme.nominate(
    { id, department, trainee: ref(trainee), leader: ref(leader), hrConsultant: ref(hrConsultant), ...nomination },
    at,
    leader.id,
  );
}

/**
 * `at(-3, 10)`: three days before `now`, at 10:00 UTC — moved off a weekend (Saturday to Friday,
 * Sunday to Monday), so the demo's conversations fall on working days whatever day it is started.
 * Events a day apart may then share a day; the seed never puts a later event at an earlier hour.
 */
function relativeTo(now: Date): (daysFromNow: number, hourUtc?: number) => Date {
  return (daysFromNow, hourUtc = 9) => {
    const d = new Date(now.getTime() + daysFromNow * DAY);
    d.setUTCHours(hourUtc, 0, 0, 0);
    const weekday = d.getUTCDay();
    if (weekday === 6) d.setUTCDate(d.getUTCDate() - 1);
    if (weekday === 0) d.setUTCDate(d.getUTCDate() + 1);
    return d;
  };
}
