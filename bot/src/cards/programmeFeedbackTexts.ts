/**
 * The texts of the programme admin's `tilbagemeldinger` card (programmeFeedback.json): what leader
 * trainees and leaders said about the programme itself in their transition interviews. Who said it
 * and the readiness are named by the domain's labels.
 */
import { FIELD_LABELS, ROLE_LABELS } from '../domain/labels';
import { LocalizedText } from '../domain/localizedText';

export const PROGRAMME_FEEDBACK_TEXTS = {
  title: { da: 'Tilbagemeldinger på forløbet', en: 'Feedback on the programme' },
  intro: {
    da: 'Det, ledertrainees og nærmeste ledere har sagt om selve ledertraineeforløbet i transitionssamtalerne – til den videre udvikling af forløbet.',
    en: 'What leader trainees and nearest leaders said about the leader-trainee programme itself in their transition interviews – for developing the programme further.',
  },
  none: { da: 'Ingen transitionssamtaler er dokumenteret endnu.', en: 'No transition interview has been documented yet.' },
  item: ({ trainee, department, date }: { trainee: string; department: string; date: string }): LocalizedText => ({
    da: `${trainee} · ${department} · ${date}`,
    en: `${trainee} · ${department} · ${date}`,
  }),
  trainee: ROLE_LABELS.trainee,
  leader: ROLE_LABELS.leader,
  readiness: FIELD_LABELS.readiness,
  more: ({ count }: { count: number }): LocalizedText => ({
    da: `… og ${count} mere, som ikke vises her.`,
    en: `… and ${count} more, not shown here.`,
  }),
};
