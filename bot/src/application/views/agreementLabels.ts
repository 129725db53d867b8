/** What the versions of a learning agreement are called on the tab. */
import { LocalizedText } from '../../domain/errors';
import { AgreementStatus } from '../../domain/state';

const LABELS: Readonly<Record<AgreementStatus, LocalizedText>> = {
  draft: { da: 'Udkast', en: 'Draft' },
  accepted: { da: 'Godkendt', en: 'Approved' },
  superseded: { da: 'Erstattet af en nyere version', en: 'Replaced by a newer version' },
};

export function agreementStatusLabel(status: AgreementStatus): LocalizedText {
  return LABELS[status];
}
