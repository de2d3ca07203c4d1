import { statusCarriesNumber } from '../../core/status';
import type { Observation, Status } from '../../core/types';
import { checkAggregate, type AggregateCheck, type PublishedGroup } from '../disclosure/checkAggregate';
import { isWithheld } from '../disclosure/withheld';

/** One area of a custom area, wholly or partly inside it. */
export interface AggregateMember {
  key: string;
  /** Share (0, 1] of the member's residents inside the custom area. Preferred when known. */
  populationFraction?: number;
  /** Share (0, 1] of the member's surface inside the custom area; used when no population share is given. */
  areaFraction?: number;
}

export interface AggregateOptions {
  /** Key of the custom area in the output figures. Default `custom`. */
  key?: string;
  /** Indicators whose value is a count (summed). Default `['population']`. Others are rates. */
  countIndicators?: readonly string[];
  /** Multiplier of numerator/denominator per rate indicator (100 for %). Default: inferred from the members' figures. */
  scales?: Readonly<Record<string, number>>;
  /** Published totals (city, Kreis, earlier custom areas): an aggregate that would reveal a withheld area by difference is suppressed. */
  publishedGroups?: readonly PublishedGroup[];
}

export interface MemberWeight {
  key: string;
  fraction: number;
  basis: 'whole' | 'population' | 'area';
}

export interface AggregateResult {
  /** One figure per indicator and period found among the members' figures. */
  figures: Observation[];
  weights: MemberWeight[];
  /** Indicator/period pairs suppressed by the differencing guard. */
  blocked: { indicator: string; period: string; check: AggregateCheck }[];
}

const SUPPRESSED = { value: null, numerator: null, denominator: null, status: 'suppressed' as Status };

/**
 * Aggregate a chosen set of areas into a custom area. Counts are summed; rates are recomputed from the
 * summed numerators and denominators (never averaged), so each member needs them. Partial members count
 * with a fraction: the population share when given, else the surface share (the caller computes both);
 * every count of the member (numerator, denominator, count value) is multiplied by it.
 * Disclosure: a withheld member figure suppresses the aggregate (propagation), and so does the
 * differencing guard; run `applyDisclosure` on the result before publishing its small counts.
 * A member without the figure, or with a figure without a number, makes the result `missing`
 * (or that status when all such members share it).
 *
 * @example
 * aggregateAreas(figures, [{ key: 'q1' }, { key: 'q2', populationFraction: 0.4 }], { key: 'Projektgebiet' })
 */
export function aggregateAreas(figures: readonly Observation[], members: readonly AggregateMember[], options: AggregateOptions = {}): AggregateResult {
  if (!Array.isArray(figures)) throw new TypeError('aggregateAreas: figures must be an array');
  if (!Array.isArray(members) || members.length === 0) throw new RangeError('aggregateAreas: at least one member area is needed');
  const { key = 'custom', countIndicators = ['population'], scales = {}, publishedGroups = [] } = options;
  const counts = new Set(countIndicators);
  const weights = members.map(memberWeight);
  const weightOf = new Map<string, number>();
  for (const w of weights) {
    if (weightOf.has(w.key)) throw new RangeError(`aggregateAreas: member ${w.key} listed twice`);
    weightOf.set(w.key, w.fraction);
  }
  // indicator|period → all figures (members and others, for the differencing guard)
  const cells = new Map<string, Observation[]>();
  for (const f of figures) {
    const id = `${f.indicator}\u0000${f.period}`;
    let list = cells.get(id);
    if (!list) cells.set(id, (list = []));
    list.push(f);
  }
  const out: Observation[] = [];
  const blocked: AggregateResult['blocked'] = [];
  for (const list of cells.values()) {
    const { indicator, period } = list[0];
    const memberFigures = list.filter((f) => weightOf.has(f.areaKey));
    if (memberFigures.length === 0) continue;
    const base = { areaKey: key, indicator, period };
    if (publishedGroups.length > 0) {
      const check = checkAggregate([...weightOf.keys()], publishedGroups, list.filter((f) => isWithheld(f.status)).map((f) => f.areaKey));
      if (!check.allowed) {
        blocked.push({ indicator, period, check });
        out.push({ ...base, ...SUPPRESSED });
        continue;
      }
    }
    out.push({ ...base, ...combine(memberFigures, weightOf, counts.has(indicator), scales[indicator]) });
  }
  return { figures: out, weights, blocked };
}

function memberWeight(member: AggregateMember): MemberWeight {
  if (typeof member?.key !== 'string' || member.key === '') throw new TypeError('aggregateAreas: every member needs a text key');
  const check = (x: number, what: string) => {
    if (typeof x !== 'number' || !(x > 0 && x <= 1)) throw new RangeError(`aggregateAreas: ${what} of ${member.key} must be in (0, 1]`);
    return x;
  };
  if (member.populationFraction !== undefined) return { key: member.key, fraction: check(member.populationFraction, 'populationFraction'), basis: 'population' };
  if (member.areaFraction !== undefined) return { key: member.key, fraction: check(member.areaFraction, 'areaFraction'), basis: 'area' };
  return { key: member.key, fraction: 1, basis: 'whole' };
}

type Combined = Pick<Observation, 'value' | 'status' | 'numerator' | 'denominator'>;

function combine(members: Observation[], weightOf: Map<string, number>, isCount: boolean, scale: number | undefined): Combined {
  if (members.length < weightOf.size) return { value: null, numerator: null, denominator: null, status: 'missing' };
  if (members.some((f) => isWithheld(f.status))) return { ...SUPPRESSED };
  const noNumber = members.filter((f) => !statusCarriesNumber(f.status));
  if (noNumber.length > 0) {
    const status = noNumber.every((f) => f.status === noNumber[0].status) ? noNumber[0].status : 'missing';
    return { value: null, numerator: null, denominator: null, status };
  }
  const limited = members.some((f) => f.status === 'limited');
  const numberOf = (f: Observation, x: number | null) => (f.status === 'zero' ? 0 : x);
  if (isCount && members.every((f) => f.denominator === null)) {
    let sum = 0;
    for (const f of members) {
      const v = numberOf(f, f.value);
      if (v === null) return { value: null, numerator: null, denominator: null, status: 'missing' };
      sum += (weightOf.get(f.areaKey) as number) * v;
    }
    return { value: sum, numerator: null, denominator: null, status: limited ? 'limited' : sum === 0 ? 'zero' : 'ok' };
  }
  let num = 0;
  let den = 0;
  let inferred: number | undefined = scale;
  for (const f of members) {
    const n = numberOf(f, f.numerator);
    const d = f.denominator;
    if (n === null || d === null) return { value: null, numerator: null, denominator: null, status: 'missing' };
    const w = weightOf.get(f.areaKey) as number;
    num += w * n;
    den += w * d;
    if (inferred === undefined && n > 0 && d > 0 && f.value !== null && f.value > 0) inferred = Number((f.value / (n / d)).toPrecision(6));
  }
  if (!(den > 0)) return { value: null, numerator: num, denominator: den, status: 'blocked' };
  if (num === 0) return { value: 0, numerator: 0, denominator: den, status: limited ? 'limited' : 'zero' };
  if (inferred === undefined) return { value: null, numerator: num, denominator: den, status: 'missing' };
  return { value: (inferred * num) / den, numerator: num, denominator: den, status: limited ? 'limited' : 'ok' };
}
