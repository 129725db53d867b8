import { PersonRef } from './people';

/** A magistratsafdeling of Aarhus Kommune, with the HR consultants who serve its trainees. */
export interface Department {
  id: string;
  name: string;
  hrConsultants: PersonRef[];
}

/** The six magistratsafdelinger of Aarhus Kommune; ids are stable keys, names are shown to users. */
export const AARHUS_DEPARTMENTS: readonly Pick<Department, 'id' | 'name'>[] = [
  { id: 'bma', name: 'Borgmesterens Afdeling' },
  { id: 'bu', name: 'Børn og Unge' },
  { id: 'kb', name: 'Kultur og Borgerservice' },
  { id: 'sob', name: 'Sociale Forhold og Beskæftigelse' },
  { id: 'mso', name: 'Sundhed og Omsorg' },
  { id: 'tmf', name: 'Teknik og Miljø' },
];
