import { useEffect, useState } from 'react';
import { openStudyRun, type StudyParams, type StudyRun, type StudyView } from '../../app/study.js';
import { isRating } from '../../core/progress/records.js';
import { countsText } from '../../core/srs/overview.js';
import { RATING_NAMES } from '../../core/srs/scheduler.js';
import { currentQuestion, lastAnswer, type SessionMode, type SessionState } from '../../core/study/session.js';
import { summaryText } from '../../core/study/summary.js';
import { TOPIC_LABELS } from '../../core/topics.js';
import { ExplanationView } from '../components/ExplanationView.js';
import { QuestionView } from '../components/QuestionView.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices, type Nav } from '../context.js';
import { usePreloadedExtraSections } from '../hooks/useExtraSections.js';
import { useKeys } from '../hooks/useKeys.js';
import { useQuestionMarks } from '../hooks/useQuestionMarks.js';
import { useStore } from '../hooks/useStore.js';
import { beforeHelp, explanationKeys, questionKeys, type Binding } from '../keys.js';
import type { RouteOf } from '../routes.js';

/**
 * Leaves a run for its summary: the summary screen in place of the run (and its text printed when
 * the program ends). A run left before any answer has nothing to sum up and just goes back.
 */
function finish(run: StudyRun, nav: Nav, services: { clock: { wall(): Date } }): void {
  const summary = run.leave();
  if (!summary) return;
  if (summary.answered === 0 && !summary.finished) return nav.back();
  nav.farewell(summaryText(summary, services.clock.wall()).join('\n'));
  nav.replace({ id: 'summary', params: { summary } });
}

/** The keys of the session's current screen: the question's, or the explanation's (the rating keys with their intervals). */
function keysFor({ session: state, ratings }: StudyView): readonly Binding[] {
  return state.phase === 'explanation' ? explanationKeys(ratings ?? []) : questionKeys(state.current?.order.length ?? 0, state.answers.length > 0);
}

/** Study (FSRS queue) and review (missed questions) share one screen; only the queue differs. */
export function SessionScreen({ mode, params }: { mode: SessionMode; params: StudyParams }) {
  const services = useServices();
  const nav = useNav();
  const [run] = useState(() => openStudyRun(services, mode, params));
  const view = useStore(run);
  const { session: state, counts, error } = view;
  usePreloadedExtraSections();

  useEffect(() => {
    // A run with nothing to do goes straight to its summary.
    if (run.get().session.phase === 'done') finish(run, nav, services);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const question = currentQuestion(state);
  const answer = lastAnswer(state);
  const explaining = state.phase === 'explanation' && answer !== undefined;
  const marks = useQuestionMarks(question, {
    suspend: () => {
      const qid = question?.id;
      run.dispatch({ type: 'suspend' });
      if (run.get().session.phase === 'done') finish(run, nav, services);
      return run.get().error ?? `Suspended ${qid}: out of study, review and exams (search is:suspended to bring it back).`;
    },
  });
  const keys = marks.reporting ? marks.boxKeys : beforeHelp(keysFor(view), marks.keys);

  useKeys(() => beforeHelp(keysFor(run.get()), marks.keys), (m) => {
    if (marks.act(m)) return;
    if (m.action === 'back') return finish(run, nav, services);
    if (m.action === 'up' || m.action === 'down') run.dispatch({ type: 'move', delta: m.action === 'up' ? -1 : 1 });
    else if (m.action === 'pick' && m.value !== undefined) run.dispatch({ type: 'pick', index: m.value });
    else if (m.action === 'rate' && isRating(m.value)) run.dispatch({ type: 'rate', rating: m.value });
    else if (m.action === 'toggle' || m.action === 'submit' || m.action === 'continue' || m.action === 'undo') run.dispatch({ type: m.action });
    if (run.get().session.phase === 'done') finish(run, nav, services);
  }, { active: !marks.reporting });

  const title = `${mode === 'review' ? 'Review missed' : 'Study'}${question ? ` · ${TOPIC_LABELS[question.topic]}` : ''}`;
  const status =
    mode === 'review'
      ? `${state.answers.length} answered · ${state.queue.length} still missed`
      : `${state.answers.length} answered · ${countsText(counts)}`;
  const schedule = answer && view.comesBack ? `Rated ${RATING_NAMES[answer.record.rating]} · ${view.comesBack}` : undefined;
  return (
    <ScreenFrame title={title} status={status} keys={keys} {...(error ? { footer: error } : marks.message && !marks.reporting ? { footer: marks.message } : {})}>
      {({ width, height }) => {
        if (marks.reporting) return marks.box(width, height);
        if (explaining && question) {
          return (
            <ExplanationView
              key={`${state.answers.length}:${answer.record.qid}`}
              question={question}
              order={answer.order}
              chosen={answer.order.filter((i) => answer.record.chosen.includes(question.choices[i]!.text))}
              facts={services.facts}
              {...(schedule ? { schedule } : {})}
              width={width}
              height={height}
            />
          );
        }
        if (state.current && question) {
          return (
            <QuestionView
              key={`${state.current.qid}@${state.current.shownAt}`}
              question={question}
              order={state.current.order}
              cursor={state.current.cursor}
              selected={state.current.selected}
              {...(state.current.message ? { message: state.current.message } : {})}
              showLevel
              {...(view.early ? { note: view.early } : {})}
              width={width}
              height={height}
            />
          );
        }
        return null;
      }}
    </ScreenFrame>
  );
}

export function StudyScreen({ route }: { route: RouteOf<'study'> }) {
  return <SessionScreen mode="study" params={route.params ?? {}} />;
}
