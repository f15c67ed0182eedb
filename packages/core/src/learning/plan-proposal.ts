import { currencyDigits, formatMinorUnits } from '../plan/money.js';
import type {
  ActivityDraft,
  LearningCandidate,
  OptimiserProposal,
  ProposalActivity,
} from '../schemas/learning.schema.js';
import { optimiseSelection, type SelectionGap, type SelectionItem } from './optimiser.js';
import { roundValue, type GapToClose } from './recommendations.js';

/** One member's side of the optimiser's input: their priority gaps and their recommendations. */
export interface ProposalMember {
  memberId: string;
  memberName: string;
  gaps: readonly GapToClose[];
  candidates: readonly LearningCandidate[];
}

export type PlanProposal = Pick<
  OptimiserProposal,
  'budgetMinor' | 'currency' | 'cellMinor' | 'totalCostMinor' | 'budgetLeftMinor' | 'value' | 'possibleValue'
> & {
  activities: ProposalActivity[];
  leftOut: OptimiserProposal['leftOut'];
};

/** Gap sizes become whole thousandths of a level, so the optimiser compares exact integers. */
export const GAP_WEIGHT_SCALE = 1000;
const weightOf = (gap: number) => Math.round(gap * GAP_WEIGHT_SCALE);

interface ItemFacts {
  item: SelectionItem;
  memberId: string;
  memberName: string;
  kind: 'course' | 'mentoring';
  courseKey: string | null;
  title: string;
  costMinor: number | null;
  /** Gap category keys it develops for this member. */
  categoryKeys: string[];
  /** Whether it was recommended for its own sake (not only as a prerequisite). */
  candidate: boolean;
  draft: ActivityDraft;
}

const gapKey = (memberId: string, categoryKey: string) => `${memberId}|${categoryKey}`;
const courseItemKey = (memberId: string, courseKey: string) => `${memberId}/course:${courseKey}`;

function itemsOf(member: ProposalMember): ItemFacts[] {
  const facts = new Map<string, ItemFacts>();
  const base = { memberId: member.memberId, memberName: member.memberName };
  for (const candidate of member.candidates) {
    const key =
      candidate.kind === 'course'
        ? courseItemKey(member.memberId, candidate.courseKey!)
        : `${member.memberId}/${candidate.key}`;
    const categoryKeys = candidate.covers.map((gap) => gap.categoryKey);
    facts.set(key, {
      ...base,
      item: {
        key,
        group: member.memberId,
        costMinor: candidate.costMinor ?? 0,
        gapKeys: categoryKeys.map((category) => gapKey(member.memberId, category)),
        requires: candidate.requiresKeys.map((course) => courseItemKey(member.memberId, course)),
      },
      kind: candidate.kind,
      courseKey: candidate.courseKey,
      title: candidate.title,
      costMinor: candidate.costMinor,
      categoryKeys,
      candidate: true,
      draft: candidate.activityDraft,
    });
  }
  for (const candidate of member.candidates) {
    for (const prerequisite of candidate.prerequisites) {
      const key = courseItemKey(member.memberId, prerequisite.courseKey);
      if (facts.has(key)) continue;
      facts.set(key, {
        ...base,
        item: {
          key,
          group: member.memberId,
          costMinor: prerequisite.costMinor ?? 0,
          gapKeys: [],
          requires: prerequisite.requiresKeys.map((course) => courseItemKey(member.memberId, course)),
        },
        kind: 'course',
        courseKey: prerequisite.courseKey,
        title: prerequisite.courseName,
        costMinor: prerequisite.costMinor,
        categoryKeys: [],
        candidate: false,
        draft: prerequisite.activityDraft,
      });
    }
  }
  return [...facts.values()];
}

/**
 * The optimiser's proposal for a team: which recommended activities to fund within a budget so
 * that the most priority-gap size (target − score, each gap of each member counted once) is
 * covered, prerequisites included. Each choice and each candidate left out is explained. Costs are
 * in `currency`; a candidate without a cost (no exchange rate) is left out and says so.
 */
export function proposePlan(input: {
  members: readonly ProposalMember[];
  budgetMinor: number;
  currency: string;
  categoryNames?: ReadonlyMap<string, string>;
}): PlanProposal {
  const { currency } = input;
  const money = (amount: number) => formatMinorUnits(amount, currency);
  const categoryName = (key: string) => input.categoryNames?.get(key) ?? key;
  const facts = input.members.flatMap(itemsOf);
  const byKey = new Map(facts.map((fact) => [fact.item.key, fact]));
  const gaps: SelectionGap[] = input.members.flatMap((member) =>
    member.gaps.map((gap) => ({
      key: gapKey(member.memberId, gap.categoryKey),
      group: member.memberId,
      weight: weightOf(gap.gap),
    })),
  );
  const gapSize = new Map(
    input.members.flatMap((member) =>
      member.gaps.map((gap) => [gapKey(member.memberId, gap.categoryKey), gap.gap] as const),
    ),
  );
  const priced = facts.filter((fact) => fact.costMinor !== null);
  const selection = optimiseSelection({
    items: priced.map((fact) => fact.item),
    gaps,
    budgetMinor: input.budgetMinor,
  });

  // A gap counts once: it goes to the cheapest chosen item that covers it.
  let chosen = selection.chosenKeys.map((key) => byKey.get(key)!);
  const coversOf = new Map<string, string[]>();
  const assignCovers = () => {
    coversOf.clear();
    const covered = new Set<string>();
    const cheapestFirst = [...chosen].sort(
      (a, b) => a.costMinor! - b.costMinor! || (a.item.key < b.item.key ? -1 : 1),
    );
    for (const fact of cheapestFirst) {
      const fresh = fact.item.gapKeys.filter((key) => gapSize.has(key) && !covered.has(key));
      fresh.forEach((key) => covered.add(key));
      coversOf.set(fact.item.key, fresh);
    }
    return covered;
  };
  assignCovers();
  const dependentsOf = (facts: readonly ItemFacts[]) => {
    const dependents = new Map<string, ItemFacts[]>();
    for (const fact of facts) {
      for (const key of fact.item.requires) {
        const list = dependents.get(key);
        if (list) list.push(fact);
        else dependents.set(key, [fact]);
      }
    }
    return dependents;
  };
  // Never keep a choice that adds nothing and nothing needs (possible only among free items).
  const firstDependents = dependentsOf(chosen);
  chosen = chosen.filter(
    (fact) =>
      coversOf.get(fact.item.key)!.length > 0 || (firstDependents.get(fact.item.key)?.length ?? 0) > 0,
  );
  const covered = assignCovers();
  const chosenKeys = new Set(chosen.map((fact) => fact.item.key));
  const dependents = dependentsOf(chosen);
  const requiredBy = (key: string) => dependents.get(key) ?? [];
  /** The chosen item each covered gap was counted for. */
  const coveredBy = new Map<string, ItemFacts>();
  for (const fact of chosen) for (const key of coversOf.get(fact.item.key)!) coveredBy.set(key, fact);

  const totalCostMinor = chosen.reduce((sum, fact) => sum + fact.costMinor!, 0);
  const budgetLeftMinor = input.budgetMinor - totalCostMinor;
  const sumGaps = (keys: Iterable<string>) => {
    let weight = 0;
    for (const key of keys) weight += weightOf(gapSize.get(key) ?? 0);
    return weight / GAP_WEIGHT_SCALE;
  };

  const activities: ProposalActivity[] = chosen.map((fact) => {
    const fresh = coversOf.get(fact.item.key)!;
    const value = roundValue(sumGaps(fresh));
    const needs = requiredBy(fact.item.key).map((other) => other.courseKey ?? other.title);
    const neededTitles = requiredBy(fact.item.key).map((other) => other.title);
    const names = fresh.map((key) => categoryName(key.slice(key.indexOf('|') + 1))).join(', ');
    const cost = fact.costMinor!;
    let explanation: string;
    if (fresh.length === 0) {
      explanation = `Needed first for ${neededTitles.join(', ')}; costs ${money(cost)}.`;
    } else if (fact.kind === 'mentoring') {
      explanation = `Internal mentoring: covers ${names} (gap ${value}) at no cost.`;
    } else {
      const perCost =
        cost === 0
          ? 'at no cost'
          : `for ${money(cost)} (${roundValue((value * 1000 * 10 ** currencyDigits(currency)) / cost)} per 1,000 ${currency})`;
      explanation = `Covers ${names} (gap ${value}) ${perCost}${
        neededTitles.length > 0 ? `; also needed for ${neededTitles.join(', ')}` : ''
      }.`;
    }
    return {
      candidateKey: fact.item.key,
      memberId: fact.memberId,
      memberName: fact.memberName,
      kind: fact.kind,
      courseKey: fact.courseKey,
      title: fact.title,
      costMinor: cost,
      covers: fresh.map((key) => ({
        categoryKey: key.slice(key.indexOf('|') + 1),
        gap: gapSize.get(key)!,
      })),
      value,
      prerequisiteFor: needs,
      explanation,
      activityDraft: fact.draft,
    };
  });

  /** Its cost with the prerequisites not chosen (transitively); null when one has no cost. */
  const costWithPrerequisites = (fact: ItemFacts): number | null => {
    const seen = new Set<string>();
    let total = 0;
    const visit = (current: ItemFacts): boolean => {
      if (seen.has(current.item.key) || chosenKeys.has(current.item.key)) return true;
      seen.add(current.item.key);
      if (current.costMinor === null) return false;
      total += current.costMinor;
      return current.item.requires.every((key) => {
        const required = byKey.get(key);
        return required !== undefined && visit(required);
      });
    };
    return visit(fact) ? total : null;
  };

  const leftOut: PlanProposal['leftOut'] = facts
    .filter((fact) => fact.candidate && !chosenKeys.has(fact.item.key))
    .map((fact) => {
      const common = {
        candidateKey: fact.item.key,
        memberId: fact.memberId,
        memberName: fact.memberName,
        title: fact.title,
      };
      const total = costWithPrerequisites(fact);
      if (total === null) {
        return {
          ...common,
          costMinor: null,
          reason: 'no-exchange-rate' as const,
          explanation: `Its cost (or a prerequisite’s) has no exchange rate to ${currency} in the plan.`,
        };
      }
      const relevant = fact.item.gapKeys.filter((key) => gapSize.has(key));
      if (relevant.length > 0 && relevant.every((key) => covered.has(key))) {
        const by = [...new Set(relevant.map((key) => coveredBy.get(key)!.title))];
        return {
          ...common,
          costMinor: total,
          reason: 'gap-already-covered' as const,
          explanation: `Its gaps are already covered by ${by.join(', ')}, a better use of the budget.`,
        };
      }
      const own = fact.costMinor!;
      if (total > own && own <= budgetLeftMinor && total > budgetLeftMinor) {
        return {
          ...common,
          costMinor: total,
          reason: 'prerequisite-not-affordable' as const,
          explanation: `With the prerequisites it needs it costs ${money(total)}, more than the ${money(budgetLeftMinor)} left.`,
        };
      }
      return {
        ...common,
        costMinor: total,
        reason: 'over-budget' as const,
        explanation:
          total > budgetLeftMinor
            ? `Costs ${money(total)}${total > own ? ' with its prerequisites' : ''}, more than the ${money(budgetLeftMinor)} left after choices that close more gap per cost.`
            : `Costs ${money(total)}; at the optimiser’s granularity of ${money(selection.cellMinor)} it does not fit in the budget left.`,
      };
    });

  return {
    budgetMinor: input.budgetMinor,
    currency,
    cellMinor: selection.cellMinor,
    totalCostMinor,
    budgetLeftMinor,
    value: roundValue(sumGaps(covered)),
    possibleValue: roundValue(sumGaps(gapSize.keys())),
    activities,
    leftOut,
  };
}
