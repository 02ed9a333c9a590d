import { MODAL_WORDS } from './negation.js';
import type { Span } from './pattern.js';

/*
 * Where the scenario's data already lives is part of the setting, not a need: in "open claims
 * held in an Aurora PostgreSQL database" or "orders kept in a MySQL database" the database is a
 * data source of what is being built. Data that must still be put somewhere ("must be stored in a
 * PostgreSQL database") is a need.
 */

/** "held in an existing Aurora", "stored in the company's": a participle of keeping and the words of the store before the phrase. */
const HELD_IN = /(?<![a-z0-9])(?:stored|held|kept|saved|housed|living|lives|sits|sitting|resides|residing)\s+in\s+(?:[a-z0-9']+\s+){0,4}$/;

/** An obligation or a plan just before the participle: "must be stored in", "will be kept in". */
const STILL_TO_BE = new RegExp(String.raw`(?<![a-z0-9])(?:${MODAL_WORDS}|to)\s+(?:also\s+)?be\s+$`);

/** A wish for where the data should go, earlier in the clause: "wants the login held in a managed vault". */
const WISHED = /(?<![a-z0-9])(?:wants?|wanted|needs?|requires?|prefers?|would like|expects?|asks? for|insists? on)(?![a-z0-9])[^.;:!?,]*$/;

/** The most words of a store's name ("an Aurora PostgreSQL database"): a longer need says what the store must do. */
const MAX_STORE_WORDS = 3;

/** Whether the phrase at the span names the store where the scenario's data already is. */
export function dataAlreadyHeld(norm: string, span: Span): boolean {
  if (norm.slice(span.start, span.end).trim().split(/\s+/).length > MAX_STORE_WORDS) return false;
  const before = norm.slice(Math.max(0, span.start - 80), span.start);
  const held = HELD_IN.exec(before);
  if (held === null || /[.;:!?,]/.test(held[0])) return false;
  const lead = before.slice(0, held.index);
  return !STILL_TO_BE.test(lead) && !WISHED.test(lead);
}
