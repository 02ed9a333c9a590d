/**
 * The scaled score is an ESTIMATE. AWS reports 100–1000 with a pass at 700 but does not publish
 * how raw scores convert (each exam form is equated separately). We assume the 700 line sits at
 * 70% correct and interpolate linearly on both sides: 0% → 100, 70% → 700, 100% → 1000.
 */

export const SCALED_MIN = 100;
export const SCALED_MAX = 1000;
export const PASS_SCALED = 700;
/** The share of correct answers assumed to map to the 700 pass line. */
export const ASSUMED_PASS_FRACTION = 0.7;

/** Estimated scaled score (100–1000) for a fraction of correct answers (0–1). */
export function estimatedScaledScore(fraction: number): number {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const cut = ASSUMED_PASS_FRACTION;
  const scaled = f <= cut ? SCALED_MIN + (f / cut) * (PASS_SCALED - SCALED_MIN) : PASS_SCALED + ((f - cut) / (1 - cut)) * (SCALED_MAX - PASS_SCALED);
  return Math.round(scaled);
}

export function passes(scaled: number): boolean {
  return scaled >= PASS_SCALED;
}

/** One line stating the mapping, shown beside every estimate. */
export const SCALED_NOTE = 'estimate: AWS does not publish its conversion; this assumes 70% correct ≈ 700';
