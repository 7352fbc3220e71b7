// Folds one product's problems across countries: the same problem in eight countries is listed once, with its countries.
import type { Problem, ProductProblems } from '../../../shared/mapping';

export interface FoldedProblem {
  problem: Problem;
  /** The countries it holds in; empty when it holds for every country. */
  countries: string[];
}

export function foldProblems(productProblems: ProductProblems): FoldedProblem[] {
  const folded = new Map<string, FoldedProblem>();
  for (const country of productProblems.countries) {
    for (const problem of country.problems) {
      const key = `${problem.code}|${problem.field}|${problem.country === null ? '' : problem.message}|${JSON.stringify(problem.fix)}`;
      const entry = folded.get(key) ?? { problem, countries: [] };
      if (problem.country !== null && !entry.countries.includes(problem.country)) entry.countries.push(problem.country);
      folded.set(key, entry);
    }
  }
  return [...folded.values()];
}
