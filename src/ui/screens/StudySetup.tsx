import { useMemo, useState } from 'react';
import { formStart, formStep, type FormAction, type FormState } from '../../app/form.js';
import { activeQuestions } from '../../app/question-marks.js';
import { reducerStore } from '../../app/store.js';
import { newLeftToday, rememberedStudy, STUDY_SETUP, studyMemory, studyParams, studyPreview, studySetupSpec, type StudyChoice } from '../../app/study-setup.js';
import { countsText } from '../../core/srs/overview.js';
import { FormView } from '../components/FormView.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices } from '../context.js';
import { useForm } from '../hooks/useForm.js';

/**
 * Study setup: topics, level and new questions this run, opened on the last choice; enter on Start
 * (the first row) studies with what is shown, `d` goes back to the defaults.
 */
export function StudySetupScreen() {
  const services = useServices();
  const nav = useNav();
  const [{ spec, store }] = useState(() => {
    const questions = activeQuestions(services.questions, services.suspended.get());
    const spec = studySetupSpec(questions, services.settings, newLeftToday(services));
    const initial = rememberedStudy(services.remembered.get(STUDY_SETUP), questions, services.settings);
    return { spec, store: reducerStore<FormState<StudyChoice>, FormAction>((s, a) => formStep(spec, s, a), formStart(spec, initial)) };
  });
  const { state, keys } = useForm(spec, store, {
    defaults: true,
    onDone(done) {
      if (done.done === 'back') return nav.back();
      services.remembered.set(STUDY_SETUP, studyMemory(done.value));
      nav.replace({ id: 'study', params: studyParams(done.value, services.settings) });
    },
  });
  const preview = useMemo(() => studyPreview(services, state.value), [services, state.value]);
  const waiting = countsText(preview.counts);
  return (
    <ScreenFrame title="Study setup" status={waiting} keys={keys}>
      {({ width, height }) => (
        <FormView
          spec={spec}
          state={state}
          start={{ label: 'Start studying', detail: preview.questions ? `${waiting} of ${preview.questions} questions` : 'no questions at this level in these topics' }}
          intro="Choose, then enter on Start. (Study on the home screen takes every topic at your level.)"
          width={width}
          height={height}
        />
      )}
    </ScreenFrame>
  );
}
