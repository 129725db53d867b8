/** What went wrong with a change: for a conflict, who changed the programme and when; else the server's message. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { formatDateTime, useLang, useT } from '../../i18n/texts';
import type { ChangeOutcome } from './useAgreementChange';

export function ChangeProblem({ outcome }: { outcome: ChangeOutcome | undefined }) {
  const t = useT();
  const lang = useLang();
  if (!outcome || outcome.ok) return null;
  const { conflict, failure } = outcome;
  if (conflict) {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('conflictTitle')}</MessageBarTitle>
          <div>{conflict.message[lang]}</div>
          {conflict.changedBy && (
            <div>{t('conflictBy', { name: conflict.changedBy.name, at: conflict.changedAt ? formatDateTime(lang, conflict.changedAt) : '' })}</div>
          )}
          <div>{t('conflictKeep')}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{failure.body.message[lang]}</MessageBarBody>
    </MessageBar>
  );
}
