import { Box } from 'ink';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { parseQuery, search, searchIndex, whereLabel, type SearchHit } from '../../core/search.js';
import { TOPIC_LABELS } from '../../core/topics.js';
import { ExplanationView } from '../components/ExplanationView.js';
import { LinesView } from '../components/Lines.js';
import { Menu } from '../components/Menu.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { useNav, useServices } from '../context.js';
import { usePreloadedExtraSections } from '../hooks/useExtraSections.js';
import { useInputEvents } from '../hooks/useInputEvents.js';
import { useKeys } from '../hooks/useKeys.js';
import { useMenu } from '../hooks/useMenu.js';
import { useQuestionMarks } from '../hooks/useQuestionMarks.js';
import { editText } from '../input/text-field.js';
import { beforeHelp, HELP, matchKey, SCROLL, type Binding } from '../keys.js';
import { layoutBlocks, span, type Line } from '../layout/text.js';
import type { RouteOf } from '../routes.js';

/** While typing, every key is text but these. */
export const SEARCH_KEYS: readonly Binding[] = [
  { action: 'up', keys: ['up'], help: 'the previous result', hint: 'move', minor: true },
  { action: 'down', keys: ['down'], help: 'the next result', hint: 'move', minor: true },
  { action: 'pageUp', keys: ['pageup'], help: 'up a page of results' },
  { action: 'pageDown', keys: ['pagedown'], help: 'down a page of results' },
  { action: 'select', keys: ['enter'], help: 'open the question with its answer and explanation', hint: 'open' },
  { action: 'clear', keys: ['ctrl+u'], help: 'clear the search', hint: 'clear' },
  { action: 'back', keys: ['escape'], help: 'go back', hint: 'back' },
];

const DETAIL_KEYS: readonly Binding[] = [
  ...SCROLL,
  { action: 'prev', keys: ['left', 'p'], help: 'the previous result', hint: 'prev/next' },
  { action: 'next', keys: ['right', 'n'], help: 'the next result', hint: 'prev/next' },
  HELP,
  { action: 'back', keys: ['escape', 'q'], help: 'back to the results', hint: 'results' },
];

/** Pure: a result as a menu row: its id, topic and where the words were found. */
function resultRow(hit: SearchHit) {
  const q = hit.question;
  const found = hit.where === 'stem' || hit.where === 'id' ? q.stem : `${q.stem} · in ${whereLabel(hit.where)}: ${hit.excerpt}`;
  return { label: q.id, detail: `${hit.suspended ? '⊘ suspended · ' : ''}${TOPIC_LABELS[q.topic]} · ${found.replace(/\s+/g, ' ')}`, muted: hit.suspended };
}

/** Pure: the query line with its cursor, and a line saying what a query may hold, or what it got wrong. */
function queryLines(query: string, width: number): Line[] {
  const unknown = parseQuery(query).unknown;
  const note = unknown.length ? span(`not understood: ${unknown.join(', ')} (use topic:NAME, is:suspended)`, { color: 'yellow' }) : span('words (all must match) · topic:caching · is:suspended', { dim: true });
  return [...layoutBlocks([{ prefix: [span('/ ', { bold: true, color: 'cyan' })], spans: [span(query), span('▌', { color: 'cyan' })] }, { spans: [note], gap: 1 }], width)];
}

/**
 * Search, like Anki's browser: type words, see the questions holding them at once, open one to
 * read it with its answer and explanation, suspend (!) or report (r) it there.
 */
export function SearchScreen({ route }: { route: RouteOf<'search'> }) {
  const services = useServices();
  const nav = useNav();
  const index = useMemo(() => searchIndex(services.questions), [services.questions]);
  usePreloadedExtraSections();
  const suspended = useSyncExternalStore(services.suspended.subscribe, services.suspended.get);
  const [query, setQuery] = useState(route.params?.query ?? '');
  const [opened, setOpened] = useState<number | undefined>(undefined);
  const hits = useMemo(() => search(index, query, suspended), [index, query, suspended]);
  const menu = useMenu(hits.length);
  const hit = opened === undefined ? undefined : hits[Math.min(opened, hits.length - 1)];
  const marks = useQuestionMarks(hit?.question);
  const typed = { query };

  // The results list: typing goes to the query, a few keys move and open.
  useInputEvents(
    (event) => {
      const edit = editText(typed.query, event, { max: 200 });
      if (edit.kind === 'text') {
        typed.query = edit.text;
        setQuery(edit.text);
        menu.moveTo(0);
        return;
      }
      if (edit.kind !== 'key') return;
      const match = matchKey(SEARCH_KEYS, edit.name);
      if (!match) return;
      if (match.action === 'back') return nav.back();
      const chosen = menu.press(match, 10);
      if (chosen === undefined) return;
      menu.reopen();
      setOpened(chosen);
    },
    opened === undefined,
  );

  const detailKeys = marks.reporting ? marks.boxKeys : beforeHelp(DETAIL_KEYS, marks.keys);
  useKeys(
    detailKeys,
    (m) => {
      if (marks.act(m) || opened === undefined) return;
      if (m.action === 'back') setOpened(undefined);
      else if (m.action === 'prev' || m.action === 'next') {
        const next = Math.max(0, Math.min(hits.length - 1, opened + (m.action === 'next' ? 1 : -1)));
        setOpened(next);
        menu.moveTo(next);
      }
    },
    { active: opened !== undefined && !marks.reporting },
  );

  if (hit) {
    const q = hit.question;
    const status = `${(opened ?? 0) + 1} of ${hits.length}`;
    const browsing = `${q.id} · ${TOPIC_LABELS[q.topic]} · ${q.difficulty}${suspended.has(q.id) ? ' · ⊘ suspended' : ''}`;
    return (
      <ScreenFrame title="Search" status={status} keys={detailKeys} {...(marks.message && !marks.reporting ? { footer: marks.message } : {})}>
        {({ width, height }) =>
          marks.reporting ? (
            marks.box(width, height)
          ) : (
            <ExplanationView key={q.id} question={q} order={q.choices.map((_, i) => i)} chosen={[]} facts={services.facts} browsing={browsing} width={width} height={height} />
          )
        }
      </ScreenFrame>
    );
  }
  const rows = hits.map(resultRow);
  return (
    <ScreenFrame title="Search" status={`${hits.length} question${hits.length === 1 ? '' : 's'}`} keys={SEARCH_KEYS}>
      {({ width, height }) => {
        const top = queryLines(query, width);
        return (
          <Box flexDirection="column">
            <Box flexShrink={0} flexDirection="column">
              <LinesView lines={top} />
            </Box>
            {rows.length ? (
              <Menu rows={rows} cursor={menu.cursor} width={width} height={Math.max(1, height - top.length)} />
            ) : (
              <LinesView lines={layoutBlocks([{ spans: [span('No question holds every word.', { dim: true })] }], width)} />
            )}
          </Box>
        );
      }}
    </ScreenFrame>
  );
}
