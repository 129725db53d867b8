/**
 * The demo people as the tab's local preview offers them in its persona switcher: who they are in
 * the demo, so whoever tries the tab knows which view each shows.
 */
import { demoPeople } from './demoPeople';

export interface DemoPersona {
  id: string;
  name: string;
  roleHint: 'trainee' | 'leader' | 'hr' | 'admin' | 'employee';
  description: { da: string; en: string };
}

export function demoPersonas(): DemoPersona[] {
  const p = demoPeople;
  return [
    { id: p.leader.id, name: p.leader.name, roleHint: 'leader', description: { da: 'Nærmeste leder for Sofie og Ahmad', en: 'Nearest leader of Sofie and Ahmad' } },
    { id: p.traineeInDevelopment.id, name: p.traineeInDevelopment.name, roleHint: 'trainee', description: { da: 'Ledertrainee i udviklingsdelen', en: 'Leader trainee in the development part' } },
    { id: p.traineeInStartup.id, name: p.traineeInStartup.name, roleHint: 'trainee', description: { da: 'Ledertrainee i opstart', en: 'Leader trainee in start-up' } },
    { id: p.hrConsultant.id, name: p.hrConsultant.name, roleHint: 'hr', description: { da: 'HR-konsulent, Sundhed og Omsorg', en: 'HR consultant, Sundhed og Omsorg' } },
    { id: p.programmeAdmin.id, name: p.programmeAdmin.name, roleHint: 'admin', description: { da: 'Programadministrator: ser alle forløb', en: 'Programme admin: sees every programme' } },
    { id: p.colleague.id, name: p.colleague.name, roleHint: 'employee', description: { da: 'Medarbejder uden forløb', en: 'Employee without a programme' } },
  ];
}
