/**
 * The people of the local demo. They are also the Agents Playground's mock users (see
 * playgroundConfig.ts), so whoever chats in the Playground meets a living programme at once:
 * the Playground's current user is the leader, Mette, who has two trainees in different phases.
 */
import { Person } from '../domain/people';

export const DEMO_DEPARTMENT_ID = 'mso';
export const DEMO_TENANT_ID = '9b7e3c1a-5d2f-4e8b-a6c0-1f2d3e4a5b6c';

export const demoPeople = {
  leader: {
    id: '2f6d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e01',
    name: 'Mette Sørensen',
    email: 'mette.soerensen@demo.aarhus.dk',
    locale: 'da-DK',
    isProgrammeAdmin: false,
    hrDepartmentIds: [],
  },
  hrConsultant: {
    id: '2f6d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e02',
    name: 'Lars Holm',
    email: 'lars.holm@demo.aarhus.dk',
    locale: 'da-DK',
    isProgrammeAdmin: false,
    hrDepartmentIds: [DEMO_DEPARTMENT_ID],
  },
  traineeInDevelopment: {
    id: '2f6d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e03',
    name: 'Sofie Nielsen',
    email: 'sofie.nielsen@demo.aarhus.dk',
    locale: 'da-DK',
    isProgrammeAdmin: false,
    hrDepartmentIds: [],
  },
  traineeInStartup: {
    id: '2f6d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e04',
    name: 'Ahmad Rahimi',
    email: 'ahmad.rahimi@demo.aarhus.dk',
    locale: 'en-US',
    isProgrammeAdmin: false,
    hrDepartmentIds: [],
  },
  programmeAdmin: {
    id: '2f6d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e05',
    name: 'Hanne Kjær',
    email: 'hanne.kjaer@demo.aarhus.dk',
    locale: 'da-DK',
    isProgrammeAdmin: true,
    hrDepartmentIds: [],
  },
  /** A colleague not (yet) in any programme: someone the leader could nominate. */
  colleague: {
    id: '2f6d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e06',
    name: 'Jonas Berg',
    email: 'jonas.berg@demo.aarhus.dk',
    locale: 'da-DK',
    isProgrammeAdmin: false,
    hrDepartmentIds: [],
  },
} satisfies Record<string, Person>;
