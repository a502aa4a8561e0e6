/**
 * The DCB0129 risk matrix as NHS England uses it in its own hazard logs (research/services-and-standards.md
 * §3, [D3]): likelihood by consequence gives a risk rating from 1 to 5, and each rating has an
 * acceptability. The rating of a hazard is always computed here, never typed into the log, so a log entry
 * cannot claim a rating its severity and likelihood do not give.
 */

export const LIKELIHOODS = ['very_low', 'low', 'medium', 'high', 'very_high'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

export const SEVERITIES = ['minor', 'significant', 'considerable', 'major', 'catastrophic'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type RiskRating = 1 | 2 | 3 | 4 | 5;

/** Rows by likelihood (very low first), columns by severity (minor first), as the NHS England table. */
const MATRIX: Readonly<
  Record<Likelihood, readonly [RiskRating, RiskRating, RiskRating, RiskRating, RiskRating]>
> = {
  very_high: [3, 4, 4, 5, 5],
  high: [2, 3, 3, 4, 5],
  medium: [2, 2, 3, 3, 4],
  low: [1, 2, 2, 3, 4],
  very_low: [1, 1, 2, 2, 3],
};

export function riskRating(severity: Severity, likelihood: Likelihood): RiskRating {
  return MATRIX[likelihood][SEVERITIES.indexOf(severity)] as RiskRating;
}

/** The NHS England acceptability of each rating, in its own words [D3]. */
export const ACCEPTABILITY: Readonly<Record<RiskRating, string>> = {
  5: 'Unacceptable level of risk.',
  4: 'Mandatory elimination or control to reduce risk to an acceptable level.',
  3: 'Undesirable level of risk. Attempts should be made to eliminate or control. Shall only be acceptable when further risk reduction is impractical.',
  2: 'Acceptable where cost of further reduction outweighs benefits gained.',
  1: 'Acceptable, no further action required.',
};

/** The highest residual rating a hazard may keep: 3 only with a recorded argument that more is impractical. */
export const MAX_RESIDUAL: RiskRating = 3;

export const SEVERITY_MEANING: Readonly<Record<Severity, string>> = {
  minor:
    'Minor injury from which recovery is expected in the short term; minor psychological upset; inconvenience (one person).',
  significant:
    'Minor injury from which recovery is not expected in the short term, or significant psychological trauma (one person); or minor injury, upset or inconvenience for several people.',
  considerable:
    'Severe injury or incapacity from which recovery is expected in the short term, or severe psychological trauma (one person); or lasting minor injury for several people.',
  major:
    'Death, permanent life-changing incapacity, or severe injury without short-term recovery (one person); or severe but recoverable injury for several people.',
  catastrophic:
    'Death, permanent life-changing incapacity, or severe injury without short-term recovery, for several people.',
};

export const LIKELIHOOD_MEANING: Readonly<Record<Likelihood, string>> = {
  very_high: 'Certain or almost certain; highly likely to occur.',
  high: 'Not certain but very possible; reasonably expected to occur in the majority of cases.',
  medium: 'Possible.',
  low: 'Could occur but in the great majority of occasions will not.',
  very_low: 'Negligible or nearly negligible possibility of occurring.',
};
