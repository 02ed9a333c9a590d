import { describe, expect, it } from 'vitest';
import { openExamFlow, type ExamExit } from '../../src/app/exam-flow.js';
import { pendingExams, readExamHistory } from '../../src/store/exams.js';
import { multi, single } from '../helpers/study-questions.js';
import { testServices } from '../helpers/ui.js';

const QUESTIONS = [single('q1', 'auth'), multi('q2', 'caching'), single('q3', 'pricing')];
const PARAMS = { questions: 3, minutes: 1, seed: 'flow' };

function setup() {
  const clock = { now: Date.parse('2026-11-25T10:00:00Z') };
  const env = testServices(QUESTIONS, { clock: { wall: () => new Date(clock.now), monotonic: () => clock.now } });
  const exits: ExamExit[] = [];
  let closed = 0;
  const open = () => openExamFlow(env.services, PARAMS, { exit: (e) => exits.push(e), close: () => void closed++ });
  return { ...env, clock, exits, closed: () => closed, open };
}

/** An exam started and closed (saved, unfinished), then held by another trainer (on `host`, if given). */
function heldExam(host?: string) {
  const env = setup();
  const first = env.open();
  first.start();
  first.dispose();
  const id = pendingExams(env.folder).unfinished[0]!.state.id;
  return { ...env, id, release: env.folder.hold(id, host) };
}

/** Starts the flow's exam, lets `ms` pass, and leaves it (confirmed). */
function startAndLeave(flow: ReturnType<typeof openExamFlow>, clock: { now: number }, ms: number): void {
  flow.start();
  const room = flow.get().phase;
  if (room.kind !== 'room') throw new Error(room.kind);
  clock.now += ms;
  room.session.press({ type: 'leave' });
  room.session.press({ type: 'yes' });
}

describe('the exam lifecycle', () => {
  it('plans an exam, starts it with its journal saved, and records it when submitted', () => {
    const { open, folder, log, exits } = setup();
    const flow = open();
    const intro = flow.get().phase;
    expect(intro.kind === 'intro' && intro.plan.items.length).toBe(3);
    flow.start();
    const room = flow.get().phase;
    if (room.kind !== 'room') throw new Error(room.kind);
    expect(pendingExams(folder).unfinished).toHaveLength(1);
    expect(exits).toEqual([{ kind: 'running' }]);
    room.session.press({ type: 'pick', option: 0 });
    room.session.press({ type: 'submit' });
    room.session.press({ type: 'yes' });
    const results = flow.get().phase;
    expect(results.kind).toBe('results');
    expect(readExamHistory(folder).values).toHaveLength(1);
    // Only the one question shown was reviewed.
    expect(log.records).toHaveLength(1);
    expect(exits[1]).toMatchObject({ kind: 'ended' });
    flow.dispose();
  });

  it('leaving keeps the exam; opening again offers to resume it, or to abandon it', () => {
    const { open, folder, clock, exits, closed } = setup();
    let flow = open();
    startAndLeave(flow, clock, 5000);
    expect(exits.at(-1)).toEqual({ kind: 'left', remainingMs: 55_000, strict: false });
    expect(closed()).toBe(1);
    expect(flow.get().phase.kind).toBe('gone');
    flow.dispose();

    clock.now += 86_400_000;
    flow = open();
    expect(flow.get().phase.kind).toBe('resume');
    flow.resume();
    const resumed = flow.get().phase;
    expect(resumed.kind === 'room' && resumed.session.state().remainingMs).toBe(55_000);
    flow.dispose();

    flow = open();
    flow.abandon(true);
    expect(flow.get().phase.kind).toBe('resume');
    flow.abandon(false);
    expect(flow.get().phase).toMatchObject({ kind: 'resume', confirmAbandon: true });
    flow.cancelAbandon();
    expect(flow.get().phase).not.toHaveProperty('confirmAbandon');
    expect(readExamHistory(folder).values).toEqual([]);
    flow.abandon(false);
    flow.abandon(true);
    expect(flow.get().phase.kind).toBe('intro');
    expect(readExamHistory(folder).values.map((e) => e.reason)).toEqual(['abandoned']);
    flow.dispose();
  });

  it('an exam open in another trainer can be neither resumed nor abandoned here', () => {
    const { open, folder, release } = heldExam();
    const flow = open();
    const phase = flow.get().phase;
    expect(phase.kind === 'resume' && phase.lockedBy).toContain('another clf-trainer');
    flow.resume();
    flow.abandon(false);
    flow.abandon(true);
    expect(flow.get().phase.kind).toBe('resume');
    expect(readExamHistory(folder).values).toEqual([]);
    release();
    flow.dispose();
  });

  it('an exam held by a trainer on another machine is taken over only once confirmed, and only from the holder that was shown', () => {
    const { open, folder, id } = heldExam('old-hostname.lan');
    const flow = open();
    const offered = flow.get().phase;
    if (offered.kind !== 'resume') throw new Error(offered.kind);
    expect(offered.lockedBy).toContain('process 4242 on old-hostname.lan');
    expect(offered.holder).toMatchObject({ pid: 4242, host: 'old-hostname.lan' });
    // Confirming without having been asked does nothing; asking, then keeping it, changes nothing.
    flow.takeOver(true);
    expect(flow.get().phase).toBe(offered);
    flow.takeOver(false);
    expect(flow.get().phase).toMatchObject({ kind: 'resume', confirmTakeOver: true });
    flow.keepLock();
    expect(flow.get().phase).toMatchObject({ kind: 'resume', lockedBy: offered.lockedBy });
    expect(flow.get().phase).not.toHaveProperty('confirmTakeOver');
    // The lock changes hands while the learner is asked: the takeover is refused and says so.
    flow.takeOver(false);
    folder.hold(id, 'another-host.lan');
    flow.takeOver(true);
    expect(flow.get().warning).toMatch(/not taken over: the lock changed/);
    const refused = flow.get().phase;
    expect(refused.kind === 'resume' && refused.lockedBy).toContain('another-host.lan');
    // Asked again about the holder shown now, and confirmed: the exam is this trainer's to resume.
    flow.takeOver(false);
    flow.takeOver(true);
    const taken = flow.get();
    expect(taken.warning).toBeUndefined();
    expect(taken.phase).toMatchObject({ kind: 'resume' });
    expect(taken.phase).not.toHaveProperty('lockedBy');
    flow.resume();
    expect(flow.get().phase.kind).toBe('room');
    flow.dispose();
  });

  it('an exam held by a trainer running on this machine is never offered for takeover', () => {
    const { open } = heldExam();
    const flow = open();
    const phase = flow.get().phase;
    expect(phase.kind === 'resume' && phase.holder).toBeFalsy();
    flow.takeOver(false);
    flow.takeOver(true);
    expect(flow.get().phase).toBe(phase);
    flow.dispose();
  });

  it('says so when the exam cannot be saved, and stays on the rules', () => {
    const { open, folder } = setup();
    folder.append = () => {
      throw new Error('the disk is full');
    };
    const flow = open();
    flow.start();
    expect(flow.get()).toMatchObject({ phase: { kind: 'intro' }, warning: 'cannot save the exam: the disk is full' });
  });

  it('a strict exam keeps its clock running while it is left: resuming charges the time away', () => {
    const { services, folder, clock, exits } = setup();
    const open = () => openExamFlow(services, { ...PARAMS, strict: true }, { exit: (e) => exits.push(e), close: () => undefined });
    let flow = open();
    const intro = flow.get().phase;
    expect(intro.kind === 'intro' && intro.strict).toBe(true);
    startAndLeave(flow, clock, 5000);
    expect(exits.at(-1)).toEqual({ kind: 'left', remainingMs: 55_000, strict: true });
    flow.dispose();

    clock.now += 20_000;
    expect(services.exams.unfinishedRemainingMs(clock.now)).toBe(35_000);
    flow = open();
    expect(flow.get().phase.kind).toBe('resume');
    flow.resume();
    const resumed = flow.get().phase;
    expect(resumed.kind === 'room' && resumed.session.state().remainingMs).toBe(35_000);
    flow.dispose();
    expect(pendingExams(folder).unfinished).toHaveLength(1);
  });

  it('a strict exam whose time ran out while the trainer was closed ends as it stood and opens on its results', () => {
    const { services, folder, clock, log, exits } = setup();
    const open = () => openExamFlow(services, { ...PARAMS, strict: true }, { exit: (e) => exits.push(e), close: () => undefined });
    let flow = open();
    flow.start();
    const room = flow.get().phase;
    if (room.kind !== 'room') throw new Error(room.kind);
    room.session.press({ type: 'pick', option: 0 });
    flow.dispose(); // the trainer is closed (killed) mid-exam

    clock.now += 120_000;
    flow = open();
    const results = flow.get().phase;
    expect(results.kind === 'results' && results.result.endReason).toBe('timeout');
    expect(results.kind === 'results' && results.result.usedMs).toBe(60_000);
    expect(readExamHistory(folder).values.map((e) => e.reason)).toEqual(['timeout']);
    expect(pendingExams(folder).unfinished).toEqual([]);
    expect(log.records).toHaveLength(1);
    expect(exits.at(-1)).toMatchObject({ kind: 'ended' });
    flow.dispose();
  });

  it('an exam that is not strict stops its clock while the trainer is closed', () => {
    const { open, clock, services } = setup();
    const flow = open();
    flow.start();
    flow.dispose();
    clock.now += 600_000;
    expect(services.exams.unfinishedRemainingMs(clock.now)).toBe(60_000);
    expect(open().get().phase.kind).toBe('resume');
  });
});

