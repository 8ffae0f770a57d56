// The indicator catalogue as the checks and features see it (data/indicators.json, typed).

/** How the value of an indicator is expressed, which decides its unit class and its arithmetic. */
export type IndicatorKind = 'percentage' | 'per-thousand' | 'per-hundred' | 'count' | 'years';

export type Comparison = '=' | '>=' | '>' | '<=' | '<' | '≈';

/** How far a national figure was checked: online (a public page quoted it), seeds (the seeds quote the
 * national rule word for word), user (gongwen.config.json), unverified (from the plan, not re-checked). */
export type Verification = 'online' | 'seeds' | 'user' | 'unverified';

export interface NationalTarget {
  value: number;
  /** upper end when the plan gives a range (35—40张) */
  max?: number;
  comparison: Comparison;
  year: number;
  /** true when the target holds from `year` on (自2022年起) rather than for that year */
  from?: boolean;
  /** the target as the plan words it */
  text: string;
  attribute?: string;
  /** binding on every locality (a floor), not a national average a county may fall short of */
  floor?: boolean;
  /** false for national totals (900万张) that a county's figure cannot be compared with */
  comparable?: boolean;
  source: string;
  verified: Verification;
  verification: string;
}

/** How the text computes a total from this rate: rate × base ÷ scale = result. */
export interface ArithmeticSpec {
  scale: 1000 | 100;
  /** 'population' | 'elderly' (a population stated in the text) or the id of an indicator giving the base */
  base: string;
  /** id of the indicator the result is stated as (托位数), or … */
  result?: string;
  /** … a regular-expression source for the noun the result is written with (护理型床位) */
  resultNoun?: string;
}

export interface Indicator {
  id: string;
  name: string;
  domain: string;
  kind: IndicatorKind;
  /** unit as a planner writes it: 个/千人, %, 张 */
  unit: string;
  /** measure word written after a value: 个, %, 张, 人 */
  valueUnit: string;
  definition: string;
  formula: string;
  /** recognised in running text and tables; {v} marks a value written inside the phrase */
  phrasings: string[];
  /** recognised only when a value follows (托位1379个) */
  valuePhrasings: string[];
  /** recognised only in the 主要指标 column of an indicator table */
  tableNames: string[];
  /** percentages that cannot exceed 100 (default true for percentage indicators) */
  bounded: boolean;
  attribute?: string;
  national?: NationalTarget;
  nationalNote?: string;
  arithmetic?: ArithmeticSpec;
  source: string;
  /** defined in gongwen.config.json */
  user?: boolean;
}
