import { useEffect, useMemo, useRef, useState } from 'react';
import type { Rating } from '../../core/progress/records.js';
import { makeScheduler, RATING_NAMES } from '../../core/srs/scheduler.js';
import { describeWhen } from '../../core/srs/time.js';
import { queueCounts } from '../../core/srs/queue.js';
import { openSession } from '../../core/study/open.js';
import { currentQuestion, lastAnswer, step, type SessionAction, type SessionMode, type SessionState } from '../../core/study/session.js';
import { summarize, summaryText } from '../../core/study/summary.js';
import { TOPIC_LABELS, type Topic } from '../../core/topics.js';
import { ExplanationView } from '../components/ExplanationView.js';
import { QuestionView } from '../components/QuestionView.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { EXPLANATION_KEYS, MULTI_KEYS, SINGLE_KEYS } from '../keys.js';

/** What `clf-trainer study` passes (and what the home menu leaves empty). */
export interface StudyParams {
  topics?: Topic[];
  /** --new N: today's new limit for this run. */
  newPerDay?: number;
}

/** Study (FSRS queue) and review (missed questions) share one screen; only the queue differs. */
export function SessionScreen({ mode, params }: { mode: SessionMode; params: StudyParams }) {
  const services = useServices();
  const nav = useNav();
  const scheduler = useMemo(() => makeScheduler({ retention: services.settings.retention }), [services]);
  const [state, setState] = useState<SessionState>(() =>
    openSession({
      mode,
      questions: params.topics?.length ? services.questions.filter((q) => params.topics!.includes(q.topic)) : services.questions,
      history: services.log.history(scheduler, services.now()),
      settings: services.settings,
      scheduler,
      now: services.now(),
      seed: Math.floor(services.random() * 2 ** 31),
      ...(params.newPerDay ? { newPerDay: params.newPerDay } : {}),
    }),
  );
  const [error, setError] = useState<string | undefined>(undefined);
  // The latest state, so two keys arriving before a re-render still apply in order.
  const latest = useRef(state);

  const finish = (s: SessionState, leave: boolean) => {
    const now = services.now();
    const summary = summarize(s, now, scheduler);
    nav.farewell(summary.answered > 0 || !leave ? summaryText(summary, now).join('\n') : undefined);
    if (leave) nav.back();
    else nav.replace('summary', { summary });
  };

  const dispatch = (action: SessionAction) => {
    const result = step(latest.current, action, scheduler);
    if (result.records.length) {
      try {
        services.log.append(result.records);
      } catch (e) {
        setError(`Could not save your answer: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
    }
    setError(undefined);
    latest.current = result.state;
    setState(result.state);
    if (result.state.phase === 'done') finish(result.state, false);
  };

  useEffect(() => {
    if (state.phase === 'done') finish(state, false);
    // Only on opening: a session with nothing to do goes straight to its summary.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const question = currentQuestion(state);
  const answer = lastAnswer(state);
  const explaining = state.phase === 'explanation' && answer !== undefined;
  const keys = explaining ? EXPLANATION_KEYS : question?.type === 'multi' ? MULTI_KEYS : SINGLE_KEYS;

  useKeys(keys, (m) => {
    const now = services.now();
    switch (m.action) {
      case 'back':
        return finish(latest.current, true);
      case 'undo':
        return dispatch({ type: 'undo', now });
      case 'up':
        return dispatch({ type: 'move', delta: -1 });
      case 'down':
        return dispatch({ type: 'move', delta: 1 });
      case 'pick':
        return m.index === undefined ? undefined : dispatch({ type: 'pick', index: m.index });
      case 'toggle':
        return dispatch({ type: 'toggle' });
      case 'submit':
        return dispatch({ type: 'submit', now });
      case 'continue':
        return dispatch({ type: 'continue', now });
      case 'rate':
        return dispatch({ type: 'rate', rating: Number(m.name) as Rating, now });
      default:
        return undefined;
    }
  });

  const counts = queueCounts({ questions: state.config.questions, cards: state.cards, now: services.now(), scheduler }, state.config.newLimit - state.introduced);
  const title = `${mode === 'review' ? 'Review missed' : 'Study'}${question ? ` · ${TOPIC_LABELS[question.topic]}` : ''}`;
  const status =
    mode === 'review'
      ? `${state.answers.length} answered · ${state.queue.length} still missed`
      : `${state.answers.length} answered · ${counts.due} due · ${counts.newAvailable} new left`;
  const schedule = answer ? `Rated ${RATING_NAMES[answer.record.rating]} · comes back ${describeWhen(new Date(answer.record.at), answer.cardAfter.due)}` : undefined;
  return (
    <ScreenFrame title={title} status={status} keys={keys} {...(error ? { footer: error } : {})}>
      {({ width, height }) => {
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

export function StudyScreen({ params }: { params: unknown }) {
  return <SessionScreen mode="study" params={(params ?? {}) as StudyParams} />;
}
