// Every card template of the app, rendered with realistic data as each role meets it: the render
// test checks each against the Adaptive Card 1.5 schema and the benchmark times each. The learning
// agreement is the large one (10 goals, 25 building blocks at their longest).
import { agreementViewOf } from '../../bot/src/application/agreement/agreementView';
import { conversationCardView } from '../../bot/src/application/conversations/conversationCardView';
import {
  AdaptiveCard,
  AidLink,
  Language,
  ProgrammeStatusView,
  renderBookingConfirmationCard,
  renderBookingProposalsCard,
  renderDepartmentsCard,
  renderHelpCard,
  renderJointStartupChoiceCard,
  renderJointStartupProposalsCard,
  renderNominationCard,
  renderNominationDecisionCard,
  renderNominationQuestionCard,
  renderProgrammeChatCard,
  renderProgrammeWelcomeCard,
  renderStatusCard,
  renderTakeOffAdminCard,
  renderTakeOffInvitationCard,
  renderWelcomeCard,
  withNotice,
  withSubmitFallbacks,
  renderActionErrorCard,
} from '../../bot/src/cards';
import { renderAgreementBlockCard, renderAgreementCard, renderAgreementChoiceCard, renderAgreementGoalCard } from '../../bot/src/cards/agreementCard';
import { conversationProgrammeCard, renderConversationCard } from '../../bot/src/cards/conversationCards';
import { renderMeetingEndedCard } from '../../bot/src/cards/meetingCards';
import { renderProgrammeFeedbackCard } from '../../bot/src/cards/programmeFeedbackCard';
import { Programme } from '../../bot/src/domain/programme';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TEXT, MAX_TITLE } from '../../bot/src/domain/validation';
import {
  agreementAccepted,
  agreementDrafted,
  closed,
  day,
  HR,
  LEADER,
  MIDWAY_ID,
  midwayHeld,
  part1Booked,
  PART1_ID,
  part2Held,
  PART2_ID,
  TRAINEE,
  TRANSITION_ID,
  transitionHeld,
} from '../domain/builders';

export interface GalleryCard {
  /** Template and view, e.g. "agreement: overview (leader, da)". */
  name: string;
  render: () => AdaptiveCard | Record<string, unknown>;
}

const AIDS: readonly AidLink[] = [
  { key: 'spotEtLedertalent', url: 'https://aids.example/spot-et-ledertalent.pdf' },
  { key: 'ledelseSkalTraenes', url: 'https://aids.example/ledelse-skal-traenes.pdf' },
  { key: 'skabeloner', url: 'https://aids.example/skabeloner' },
  { key: 'skabelonOpstartssamtale', url: 'https://aids.example/opstart.docx' },
  { key: 'skabelonMidtvejssamtale', url: 'https://aids.example/midtvej.docx' },
  { key: 'skabelonTransitionssamtale', url: 'https://aids.example/transition.docx' },
];
const REFRESH_USERS = ['29:1tina', '29:1lone', '29:1hanne'];
const ROLES = [
  ['ledertrainee', TRAINEE.id],
  ['leder', LEADER.id],
  ['HR', HR.id],
] as const;

/** The draft agreement with 10 goals and 25 building blocks, every text at its longest. */
export function largeAgreement(): Programme {
  const p = agreementDrafted();
  for (let i = 3; i <= 10; i++) p.addGoal({ id: `goal-${i}`, text: 'm'.repeat(MAX_SHORT_TEXT), evidence: 'e'.repeat(MAX_TEXT) }, day(20), LEADER.id);
  const goalIds = p.currentAgreement()!.goals.map((g) => g.id);
  for (let i = 1; i <= 24; i++) {
    p.addBuildingBlock(
      {
        id: `block-${i}`,
        kind: 'practiceElement',
        title: 't'.repeat(MAX_TITLE),
        description: 'd'.repeat(MAX_LONG_TEXT),
        goalIds,
        period: { from: '2025-03-01', to: '2025-12-31' },
        practice: { type: 'project', form: 'other', otherForm: 'f'.repeat(MAX_TITLE), reach: 'crossCutting', scope: 's'.repeat(MAX_SHORT_TEXT), complexity: 3 },
      },
      day(20),
      LEADER.id,
    );
  }
  return Programme.fromState(p.toState());
}

function followUpBooked(): Programme {
  const p = agreementAccepted();
  p.beginDevelopment(day(22), LEADER.id);
  p.book('followUp', 'fu-1', day(40), 60, day(30), LEADER.id);
  return p;
}

function statusViews(): ProgrammeStatusView[] {
  return Array.from({ length: 10 }, (_, i) => ({
    programmeId: `programme-${i}`,
    role: i === 0 ? 'trainee' : 'hrConsultant',
    trainee: { name: `Ledertrainee Nummer ${i} Andersen-Christensen` },
    phase: i % 3 === 0 ? 'startup' : 'development',
    closed: false,
    nextConversation: { id: `conv-${i}`, kind: i % 3 === 0 ? 'startupPart1' : 'midway', scheduledAt: '2026-09-08T07:00:00.000Z' },
    dueBeforeNextPhase: [{ text: { da: 'Læringsaftalen skal godkendes af alle tre.', en: 'The learning agreement must be approved by all three.' } }],
    waitingForYou: [{ code: 'takePersonalityTest', text: { da: 'Tag persontesten.', en: 'Take the personality test.' } }],
  }));
}

const booking = {
  programmeId: 'p1',
  conversationId: 'c1',
  kind: 'startupPart1' as const,
  traineeName: 'Ahmad Rahimi',
  start: '2026-09-08T07:00:00.000Z',
  end: '2026-09-08T08:30:00.000Z',
  status: 'booked' as const,
  participants: [
    { name: 'Ahmad Rahimi', role: 'trainee' as const },
    { name: 'Mette Sørensen', role: 'leader' as const },
    { name: 'Lars Holm', role: 'hrConsultant' as const },
  ],
  calendarUrl: 'https://ledertrainee.example/api/calendar/abc.ics',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  awaitsPersonalityFeedback: true,
};

const slots = [
  { start: '2026-09-08T07:00:00.000Z', end: '2026-09-08T08:30:00.000Z' },
  { start: '2026-09-11T11:00:00.000Z', end: '2026-09-11T12:30:00.000Z' },
  { start: '2026-09-16T08:00:00.000Z', end: '2026-09-16T09:30:00.000Z' },
];

const nomination = {
  programmeId: 'p-1',
  trainee: { name: 'Jonas Berg', email: 'jonas@aarhus.dk' },
  leader: { name: 'Mette Sørensen' },
  departmentName: 'Sundhed og Omsorg',
  reason: 'Tager ansvar og samler kollegerne om nye opgaver.',
  leaderClarificationCompleted: false,
  wishedStart: '2026-03-01',
  questions: [{ question: 'Hvorfor nu?', answer: 'Fordi afdelingen får en ny leder.' }, { question: 'Hvem er mentor?' }],
};

function conversationCards(language: Language): GalleryCard[] {
  // Start-up part 2 and the follow-up meeting are the trainee's and the leader's; HR takes part in the others.
  const cases: [string, () => Programme, string, typeof ROLES | readonly (typeof ROLES)[number][]][] = [
    ['opstartssamtale del 1', part1Booked, PART1_ID, ROLES],
    ['opstartssamtale del 2', part2Held, PART2_ID, ROLES.slice(0, 2)],
    ['opfølgningsmøde', followUpBooked, 'fu-1', ROLES.slice(0, 2)],
    ['midtvejssamtale', midwayHeld, MIDWAY_ID, ROLES],
    ['transitionssamtale', transitionHeld, TRANSITION_ID, ROLES],
    ['transitionssamtale dokumenteret', closed, TRANSITION_ID, ROLES],
  ];
  return cases.flatMap(([kind, build, conversationId, roles]) => {
    const programme = build();
    return roles.map(([role, id]) => {
      const view = conversationCardView(programme, 7, conversationId, id);
      return {
        name: `conversation: ${kind} (${role}, ${language})`,
        render: () => renderConversationCard({ language, view, aids: AIDS, refreshUserIds: REFRESH_USERS }),
      };
    });
  });
}

function agreementCards(language: Language): GalleryCard[] {
  const programme = largeAgreement();
  return ROLES.flatMap(([role, id]) => {
    const vm = agreementViewOf(programme, 7, { id, isProgrammeAdmin: false, hrDepartmentIds: [] });
    const options = { language, aids: AIDS, refreshUserIds: REFRESH_USERS };
    return [
      { name: `agreement: overview page 1 (${role}, ${language})`, render: () => renderAgreementCard(vm, { ...options, page: 1 }) },
      { name: `agreement: overview page 3 (${role}, ${language})`, render: () => renderAgreementCard(vm, { ...options, page: 3 }) },
      { name: `agreement: learning goal (${role}, ${language})`, render: () => renderAgreementGoalCard(vm, 'goal-5', options) },
      { name: `agreement: building block (${role}, ${language})`, render: () => renderAgreementBlockCard(vm, 'block-3', options) },
      { name: `agreement: new building block (${role}, ${language})`, render: () => renderAgreementBlockCard(vm, undefined, options) },
    ];
  });
}

function cardsIn(language: Language): GalleryCard[] {
  const midway = conversationCardView(midwayHeld(), 7, MIDWAY_ID, LEADER.id);
  const ofLanguage = (name: string) => `${name} (${language})`;
  const candidates = Array.from({ length: 10 }, (_, i) => ({ programmeId: `programme-${i}`, traineeName: `Ledertrainee Nummer ${i}`, leaderName: `Nærmeste Leder ${i}` }));
  const feedback = Array.from({ length: 40 }, (_, i) => ({
    trainee: { name: `Ledertrainee ${i}` },
    leader: { name: `Leder ${i}` },
    department: { name: 'Sundhed og Omsorg' },
    documentedAt: '2026-06-01T10:00:00.000Z',
    readiness: (['inLeaderJob', 'leaderReady', 'notYet'] as const)[i % 3],
    traineeFeedback: 'Flere fælles samlinger på tværs. '.repeat(40),
    leaderFeedback: 'Mere tid til sparring. '.repeat(40),
  }));
  const takeOffEvents = Array.from({ length: 5 }, (_, e) => ({
    event: { id: `e${e}`, date: `2026-1${e % 3}-0${e + 1}`, place: 'Rådhuset, festsalen', description: 'Take-off for årets ledertrainees. '.repeat(20) },
    invited: 60,
    registrations: Array.from({ length: 60 }, (_, r) => ({
      traineeName: `Ledertrainee ${r}`,
      needsNow: 'Sparring om den første lederstilling. '.repeat(10),
      wantsApplicationGuidance: r % 2 === 0,
      joinNetwork: r % 3 === 0,
    })),
  }));
  const chatChoice = (i: number) => ({ programmeId: `programme-${i}`, traineeName: `Ledertrainee Nummer ${i}`, role: 'hrConsultant' as const, hasChat: i % 2 === 0 });
  return [
    { name: ofLanguage('help'), render: () => renderHelpCard({ language, commands: ['help', 'status', 'agreement', 'conversation', 'book'], aids: AIDS, programmeTabUrl: 'https://teams.microsoft.com/l/entity/a/b' }) },
    { name: ofLanguage('welcome'), render: () => renderWelcomeCard({ language }) },
    { name: ofLanguage('status: 10 programmes (HR)'), render: () => renderStatusCard({ language, programmes: statusViews() }) },
    { name: ofLanguage('nomination: search'), render: () => renderNominationCard({ language, step: 'search', departments: [], candidates: [], values: {}, today: '2026-01-01' }) },
    {
      name: ofLanguage('nomination: form'),
      render: () =>
        renderNominationCard({
          language,
          step: 'form',
          departments: [{ id: 'mso', name: 'Sundhed og Omsorg', hasHr: true }, { id: 'bu', name: 'Børn og Unge', hasHr: false }],
          candidates: Array.from({ length: 10 }, (_, i) => ({ id: `id-${i}`, name: `Person ${i}`, email: `p${i}@aarhus.dk` })),
          values: { reason: 'x'.repeat(2000) },
          error: 'Udfyld feltet »Magistratsafdeling«.',
          today: '2026-01-01',
        }),
    },
    { name: ofLanguage('nomination: HR decision'), render: () => renderNominationDecisionCard({ language, nomination }) },
    { name: ofLanguage('nomination: question to the leader'), render: () => renderNominationQuestionCard({ language, programmeId: 'p-1', traineeName: 'Jonas Berg', hrName: 'Lars Holm', question: 'Hvorfor nu?' }) },
    { name: ofLanguage('nomination: welcome to the programme'), render: () => renderProgrammeWelcomeCard({ language, leaderName: 'Mette', hrName: 'Lars', departmentName: 'Sundhed og Omsorg' }) },
    {
      name: ofLanguage('nomination: departments'),
      render: () =>
        renderDepartmentsCard({
          language,
          departments: [{ id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [{ id: 'l', name: 'Lars Holm' }] }, { id: 'bu', name: 'Børn og Unge', hrConsultants: [] }],
          candidates: [{ id: 'k', name: 'Karin' }],
        }),
    },
    {
      name: ofLanguage('booking: proposals'),
      render: () =>
        renderBookingProposalsCard({
          language,
          notice: 'Tidspunktet blev taget imens – her er nye forslag.',
          proposal: { outcome: 'proposals', programmeId: 'p1', traineeName: 'Ahmad Rahimi', kind: 'followUp', durationMinutes: 60, participants: ['Ahmad Rahimi', 'Mette Sørensen'], slots },
        }),
    },
    {
      name: ofLanguage('booking: choose a programme'),
      render: () =>
        renderBookingProposalsCard({
          language,
          proposal: { outcome: 'choose', choices: [{ programmeId: 'p1', traineeName: 'Ahmad Rahimi', kind: 'startupPart1' }, { programmeId: 'p2', traineeName: 'Sofie Nielsen', kind: 'midway' }] },
        }),
    },
    { name: ofLanguage('booking: booked'), render: () => renderBookingConfirmationCard({ language, booking, change: 'booked', byName: 'Mette Sørensen' }) },
    {
      name: ofLanguage('booking: rescheduled'),
      render: () => renderBookingConfirmationCard({ language, booking, change: 'rescheduled', byName: 'Mette Sørensen', previousStart: '2026-09-07T07:00:00.000Z' }),
    },
    {
      name: ofLanguage('booking: cancelled'),
      render: () => renderBookingConfirmationCard({ language, booking: { ...booking, status: 'cancelled' }, change: 'cancelled', byName: 'Mette Sørensen', reason: 'Sygdom' }),
    },
    { name: ofLanguage('joint start-up: choice'), render: () => renderJointStartupChoiceCard({ language, candidates, selected: ['programme-1', 'programme-3'] }) },
    {
      name: ofLanguage('joint start-up: proposals'),
      render: () =>
        renderJointStartupProposalsCard({
          language,
          notice: 'Tidspunktet blev taget imens.',
          proposal: { programmeIds: ['p1', 'p2'], traineeNames: ['Emil Holt', 'Ida Krogh'], participants: ['Emil Holt', 'Ida Krogh', 'Mette Sørensen', 'Karen Dahl', 'Lars Holm'], durationMinutes: 90, slots },
        }),
    },
    { name: ofLanguage('take-off: admin, 5 events of 60 registrations'), render: () => renderTakeOffAdminCard({ language, today: '2026-09-01', events: takeOffEvents, totalEvents: 12 }) },
    {
      name: ofLanguage('take-off: invitation'),
      render: () => renderTakeOffInvitationCard({ language, traineeName: 'Ida Krogh', event: { id: 'e1', date: '2026-10-15', place: 'Rådhuset', description: 'Take-off for årets ledertrainees.' } }),
    },
    { name: ofLanguage('programme chat: choose'), render: () => renderProgrammeChatCard({ language, kind: 'choose', choices: Array.from({ length: 60 }, (_, i) => chatChoice(i)) }) },
    { name: ofLanguage('programme chat: create'), render: () => renderProgrammeChatCard({ language, kind: 'create', choices: [chatChoice(1), chatChoice(2)] }) },
    { name: ofLanguage('programme chat: bound'), render: () => renderProgrammeChatCard({ language, kind: 'bound', traineeName: 'Sofie Nielsen' }) },
    { name: ofLanguage('programme chat: bound elsewhere'), render: () => renderProgrammeChatCard({ language, kind: 'boundElsewhere' }) },
    { name: ofLanguage('programme chat: nothing to bind'), render: () => renderProgrammeChatCard({ language, kind: 'nothingToBind' }) },
    { name: ofLanguage('programme chat: how to'), render: () => renderProgrammeChatCard({ language, kind: 'howTo' }) },
    { name: ofLanguage('programme feedback: 40 transition interviews'), render: () => renderProgrammeFeedbackCard({ language, items: feedback }) },
    { name: ofLanguage('agreement: choose a programme'), render: () => renderAgreementChoiceCard(language, candidates) },
    {
      name: ofLanguage('conversation: delivered when due, with Action.Submit fallbacks and a notice'),
      render: () => {
        const { card } = conversationProgrammeCard(midway, { language, refreshUserIds: REFRESH_USERS, infoOnly: false }, AIDS);
        return withNotice(withSubmitFallbacks(card as AdaptiveCard), { kind: 'conflict', text: 'Hanne HR ændrede kortet imens.' });
      },
    },
    {
      name: ofLanguage('meeting ended: afholdt'),
      render: () => renderMeetingEndedCard({ language, programmeId: 'p1', conversationId: MIDWAY_ID, kind: 'midway', traineeName: 'Tina Trainee', outcome: 'held' }),
    },
    {
      name: ofLanguage('meeting ended: not afholdt, with the reason'),
      render: () =>
        renderMeetingEndedCard({ language, programmeId: 'p1', conversationId: PART1_ID, kind: 'startupPart1', traineeName: 'Tina Trainee', outcome: 'refused', reason: 'Persontesten er ikke taget endnu.' }),
    },
    { name: ofLanguage('action error'), render: () => renderActionErrorCard(language, 'Du er ikke med i dette forløb.') },
    ...conversationCards(language),
    ...agreementCards(language),
  ];
}

/** Every template in Danish and English, each role's view where the roles see different cards. */
export function cardGallery(): GalleryCard[] {
  return (['da', 'en'] as const).flatMap(cardsIn);
}
