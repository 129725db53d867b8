/** The texts of the cards every Universal Action may answer with (universalActions.ts). */
export const UNIVERSAL_ACTION_TEXTS = {
  /** Heads the card that answers an action or refresh the person may not see or do. */
  errorTitle: { da: 'Det kan ikke vises', en: 'This cannot be shown' },
};
