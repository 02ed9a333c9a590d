/** The text of src/core/solver/facts-table.ts for the facts file of the project at root. */
export function factsTableSource(root: string): string;

/** The facts table itself: one usable fact a line, `id<TAB>statement`. */
export function factsTableText(root: string): string;
