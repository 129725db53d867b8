/**
 * The configuration page Teams shows when the tab is added to a group chat or a meeting: the user picks
 * one of the programmes they can see, and saving binds the tab to it (its content URL names the
 * programme). Teams' Save button is enabled only once a programme is chosen. Someone in no ongoing
 * programme is told so instead of being offered an empty list. Outside Teams (the local preview) the
 * choice is shown but there is nothing to save to.
 */
import { Field, makeStyles, MessageBar, MessageBarBody, Select, Text, Title2, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useSession } from '../app/session';
import { configPage } from '../host/teamsHost';
import { useT } from '../i18n/texts';

const useStyles = makeStyles({ page: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '560px' } });

export function ConfigPage() {
  const t = useT();
  const styles = useStyles();
  const { me, host } = useSession();
  const choices = useMemo(
    () =>
      me.programmes
        .filter((p) => !p.closed)
        .map((p) => ({ id: p.programmeId, label: `${p.trainee.name} — ${p.leader.name}` })),
    [me],
  );
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    if (!host.inTeams) return;
    configPage.setValid(chosen !== '');
    configPage.onSave(async () => {
      const choice = choices.find((c) => c.id === chosen);
      const contentUrl = `${window.location.origin}/tab/forloeb/${encodeURIComponent(chosen)}`;
      return { contentUrl, entityId: `programme-${chosen}`, suggestedDisplayName: choice ? `Ledertrainee: ${choice.label.split(' — ')[0]}` : 'Ledertrainee' };
    });
  }, [chosen, choices, host]);

  return (
    <div className={styles.page}>
      <Title2 as="h1">{t('configTitle')}</Title2>
      {choices.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('noProgrammeToChoose')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text>{t('configHelp')}</Text>
          <Field label={t('programme')} required>
            <Select value={chosen} onChange={(_, d) => setChosen(d.value)}>
              <option value="">{t('choose')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
    </div>
  );
}
