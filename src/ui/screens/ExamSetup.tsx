import { useState } from 'react';
import { EXAM_SETUP, examMinutes, examParams, examSetupSpec, rememberedExam, type ExamChoice } from '../../app/exam-setup.js';
import { formStart, formStep, type FormAction, type FormState } from '../../app/form.js';
import { activeQuestions } from '../../app/question-marks.js';
import { reducerStore } from '../../app/store.js';
import { FormView } from '../components/FormView.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices } from '../context.js';
import { useForm } from '../hooks/useForm.js';

/** The exam's size, time and kind in a few words: "20 questions · 28 min · strict". */
export const examSummary = (choice: ExamChoice) => `${choice.questions} question${choice.questions === 1 ? '' : 's'} · ${examMinutes(choice)} min${choice.strict ? ' · strict' : ''}`;

/**
 * Mock exam setup: size, minutes, topics and strict mode, opened on the last choice; enter on
 * Start goes to the exam's rules (or to the unfinished exam, which comes first).
 */
export function ExamSetupScreen() {
  const services = useServices();
  const nav = useNav();
  const [{ spec, store }] = useState(() => {
    const questions = activeQuestions(services.questions, services.suspended.get());
    const spec = examSetupSpec(questions);
    const initial = rememberedExam(services.remembered.get(EXAM_SETUP), questions);
    return { spec, store: reducerStore<FormState<ExamChoice>, FormAction>((s, a) => formStep(spec, s, a), formStart(spec, initial)) };
  });
  const { state, keys } = useForm(spec, store, {
    defaults: true,
    onDone(done) {
      if (done.done === 'back') return nav.back();
      services.remembered.set(EXAM_SETUP, done.value);
      nav.replace({ id: 'exam', params: examParams(done.value) });
    },
  });
  return (
    <ScreenFrame title="Mock exam setup" status={examSummary(state.value)} keys={keys}>
      {({ width, height }) => (
        <FormView
          spec={spec}
          state={state}
          start={{ label: 'Start the exam', detail: examSummary(state.value) }}
          intro="Choose, then enter on Start. (Mock exam on the home screen is the full 65 questions in 90 minutes.)"
          width={width}
          height={height}
        />
      )}
    </ScreenFrame>
  );
}
