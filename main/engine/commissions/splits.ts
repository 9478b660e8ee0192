// Split credit on one deal. Direct shares divide the deal and may not add up to more than
// 100% (less is allowed: the rest is credited to nobody, e.g. a house account); overlay
// shares (a sales engineer, a regional manager) are credited on top and do not count
// against the 100%.
import type { Problem } from './validate-plan';
import { add, cmp, HUNDRED, isDecimalText, parseDecimal, sign, toShortDecimal, ZERO } from './rational';

export interface SplitShare {
  repId: number;
  percent: string;
  role: string;
  overlay: boolean;
}

export function validateSplit(shares: readonly SplitShare[]): Problem[] {
  const problems: Problem[] = [];
  let direct = ZERO;
  shares.forEach((share, i) => {
    const at = `shares[${i}]`;
    if (shares.findIndex((s) => s.repId === share.repId) !== i) problems.push({ path: `${at}.repId`, message: 'a rep appears twice; give each rep one share' });
    if (share.role.trim().length === 0) problems.push({ path: `${at}.role`, message: 'name the role, e.g. "Account executive" or "Sales engineer"' });
    if (!isDecimalText(share.percent) || sign(parseDecimal(share.percent)) <= 0 || cmp(parseDecimal(share.percent), HUNDRED) > 0) {
      problems.push({ path: `${at}.percent`, message: `"${share.percent}" must be a percentage above 0 and at most 100, like 60 or 33.5` });
      return;
    }
    if (!share.overlay) direct = add(direct, parseDecimal(share.percent));
  });
  if (cmp(direct, HUNDRED) > 0) {
    problems.push({
      path: 'shares',
      message: `the direct shares add up to ${toShortDecimal(direct, 4).text}%, more than 100%: lower them, or mark the extra people as overlay (credited on top)`,
    });
  }
  return problems;
}
