/** The text of src/core/solver/facts-table.ts for the facts file of the project at root. */
export function factsTableSource(root: string): string;
