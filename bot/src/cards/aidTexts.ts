/**
 * The titles and descriptions of the programme's aids (hjælperedskaber), by the key of their
 * configured link. The help card, the learning agreement, the conversation cards and the tab all
 * name aids, so their texts sit beside aids.ts rather than beside one card. The two leaflets keep
 * their Danish names in English: that is what they are called.
 */
import { LocalizedText } from '../domain/localizedText';

export const AID_TEXTS = {
  spotEtLedertalent: {
    title: { da: 'Spot et ledertalent', en: 'Spot et ledertalent' },
    text: {
      da: 'Pjece med inspiration til at få øje på, udvikle og udvælge ledertalenter.',
      en: 'Leaflet with inspiration for spotting, developing and selecting leadership talent.',
    },
  },
  ledelseSkalTraenes: {
    title: { da: 'Ledelse skal trænes', en: 'Ledelse skal trænes' },
    text: {
      da: 'Pjece med inspiration til at udvælge og tilrettelægge praksiselementer for ledertraineen.',
      en: "Leaflet with inspiration for choosing and planning the leader trainee's practice elements.",
    },
  },
  skabeloner: {
    title: { da: 'Skabeloner', en: 'Templates' },
    text: {
      da: 'Skabeloner for opstartssamtalen, læringsaftalen, midtvejssamtalen og transitionssamtalen.',
      en: 'Templates for the start-up interview, the learning agreement, the midway interview and the transition interview.',
    },
  },
  skabelonOpstartssamtale: {
    title: { da: 'Skabelon for opstartssamtalen', en: 'Template for the start-up interview' },
    text: { da: 'Til opstartssamtalens to dele.', en: 'For both parts of the start-up interview.' },
  },
  skabelonLaeringsaftale: {
    title: { da: 'Skabelon for læringsaftalen', en: 'Template for the learning agreement' },
    text: { da: 'Til at beskrive læringsmål og byggeklodser.', en: 'For describing learning goals and building blocks.' },
  },
  skabelonMidtvejssamtale: {
    title: { da: 'Skabelon for midtvejssamtalen', en: 'Template for the midway interview' },
    text: { da: 'Til at gøre status midt i forløbet.', en: 'For taking stock halfway through.' },
  },
  skabelonTransitionssamtale: {
    title: { da: 'Skabelon for transitionssamtalen', en: 'Template for the transition interview' },
    text: { da: 'Til tilbageblikket og næste skridt mod det første lederjob.', en: 'For looking back and the next step toward a first leader job.' },
  },
} satisfies Record<string, { title: LocalizedText; text: LocalizedText }>;

/** Aids the catalogue can name. Links come from configuration, not from here. */
export type KnownAidKey = keyof typeof AID_TEXTS;
