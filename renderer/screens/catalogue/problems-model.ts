// One product's Back Market problems for the drawer: main's answer for the saved product, labelled against the unsaved
// edits, then folded across countries (the same problem in eight countries is listed once, with its countries).
import type { CountryProblems, Problem, ProductProblems } from '../../../shared/mapping';

/** "fixed": a problem of the saved product the edits remove; "new": one only the edits bring; "unchanged": the rest. */
export type ProblemStatus = 'unchanged' | 'fixed' | 'new';

export interface LabelledProblem extends Problem {
  status: ProblemStatus;
}

export interface LabelledCountry {
  country: string;
  problems: LabelledProblem[];
}

export interface FoldedProblem {
  problem: Problem;
  status: ProblemStatus;
  /** The countries it holds in; empty when it holds for every country. */
  countries: string[];
}

/** The shared engine's answers for the saved values and for the edited ones, in the shape of mapping:problems. */
export interface EditCheck {
  saved: readonly CountryProblems[];
  edited: readonly CountryProblems[];
}

/**
 * What a problem is about, leaving out its message: the message quotes the value, so an EAN that is still wrong after an
 * edit stays the same problem (with the new message) rather than one fixed and one new.
 */
const identity = (problem: Problem) => `${problem.code}|${problem.country ?? ''}|${problem.field}|${JSON.stringify(problem.fix)}`;

function byIdentity(countries: readonly CountryProblems[], country: string): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const problem of countries.find((entry) => entry.country === country)?.problems ?? []) {
    if (!problems.has(identity(problem))) problems.set(identity(problem), problem);
  }
  return problems;
}

/**
 * Main's list stays the truth for the saved product (it also knows the prices stored per country, which the form does not
 * hold); the edits only change what differs between the engine's two answers, whose shared blind spots cancel out.
 * Without a check (no snapshot yet, or no edits) main's list is returned as it is.
 */
export function labelProblems(saved: ProductProblems, check: EditCheck | null): LabelledCountry[] {
  return saved.countries.map(({ country, problems }) => {
    if (!check) return { country, problems: problems.map((problem) => ({ ...problem, status: 'unchanged' as const })) };
    const before = byIdentity(check.saved, country);
    const after = byIdentity(check.edited, country);
    const listed = new Set(problems.map(identity));
    const labelled: LabelledProblem[] = problems.map((problem) => {
      const key = identity(problem);
      const now = after.get(key);
      if (now) return { ...now, status: 'unchanged' };
      return { ...problem, status: before.has(key) ? 'fixed' : 'unchanged' };
    });
    for (const [key, problem] of after) {
      if (!before.has(key) && !listed.has(key)) labelled.push({ ...problem, status: 'new' });
    }
    return { country, problems: labelled };
  });
}

export function foldProblems(productProblems: { countries: readonly { problems: readonly (Problem & { status?: ProblemStatus })[] }[] }): FoldedProblem[] {
  const folded = new Map<string, FoldedProblem>();
  for (const country of productProblems.countries) {
    for (const { status = 'unchanged', ...problem } of country.problems) {
      const key = `${status}|${problem.code}|${problem.field}|${problem.country === null ? '' : problem.message}|${JSON.stringify(problem.fix)}`;
      const entry = folded.get(key) ?? { problem, status, countries: [] };
      if (problem.country !== null && !entry.countries.includes(problem.country)) entry.countries.push(problem.country);
      folded.set(key, entry);
    }
  }
  return [...folded.values()];
}

/** The countries a product is still not ready for once the edits are saved: those with a problem the edits do not fix. */
export function notReadyCountries(countries: readonly LabelledCountry[]): string[] {
  return countries.filter((entry) => entry.problems.some((problem) => problem.status !== 'fixed')).map((entry) => entry.country);
}
