import { useState } from 'react';
import { openSettingsEditor, SETTINGS_FORM } from '../../app/settings-form.js';
import { FormView } from '../components/FormView.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useReplaceServices, useServices } from '../context.js';
import { useForm } from '../hooks/useForm.js';

/** Settings: every setting of `clf-trainer config`, each change saved at once through the settings store. */
export function SettingsScreen() {
  const services = useServices();
  const replace = useReplaceServices();
  const nav = useNav();
  const [editor] = useState(() => openSettingsEditor(services, replace));
  const { state, keys } = useForm(SETTINGS_FORM, editor, { defaults: false, onDone: () => nav.back() });
  return (
    <ScreenFrame title="Settings" keys={keys}>
      {({ width, height }) => (
        <FormView spec={SETTINGS_FORM} state={state} intro="Each change is saved at once; 'clf-trainer config' changes the same settings from the shell." width={width} height={height} />
      )}
    </ScreenFrame>
  );
}
