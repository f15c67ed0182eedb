import { convertBetween } from '../plan/money.js';
import type { ActivityType, CostLineInput, ExchangeRate } from '../schemas/plan.schema.js';
import type {
  ActivityDraft,
  CourseFormat,
  CourseKind,
  CourseOffering,
  LearningCandidate,
} from '../schemas/learning.schema.js';
import { cheapestOffering, missingPrerequisites, type CourseDefinition } from './course-catalogue.js';
import { completedCourseKeys, type LearningRecordFact } from './learning-paths.js';

/** A priority gap as recommendations need it (see `priorityGaps`). */
export interface GapToClose {
  categoryKey: string;
  /** target − score, above 0. */
  gap: number;
}

/** How costs are estimated: in `currency`, converted with the plan's rates in force on `on`. */
export interface CostPricing {
  currency: string;
  baseCurrency: string;
  rates: readonly ExchangeRate[];
  /** YYYY-MM-DD */
  on: string;
}

/** Another member of the team, with their category scores (0–3) from their latest assessment. */
export interface Colleague {
  memberId: string;
  name: string;
  categoryScores: ReadonlyMap<string, number>;
}

export interface RecommendationInput {
  memberId: string;
  /** The member's priority gaps, highest priority first. */
  gaps: readonly GapToClose[];
  courses: readonly CourseDefinition[];
  records: readonly LearningRecordFact[];
  colleagues: readonly Colleague[];
  /** Leads and system admins may see who would mentor; anyone else reads "a colleague". */
  showMentorNames: boolean;
  /** Skill category names in the reader's language, for titles. */
  categoryNames: ReadonlyMap<string, string>;
  pricing: CostPricing;
  /** The year drafts are timed in. */
  year: number;
  /**
   * Courses already planned for the member: not recommended again, and counted as taken when
   * another course needs them first.
   */
  excludedCourseKeys?: ReadonlySet<string>;
}

/** The score a colleague needs in a category to mentor in it: Expert. */
export const MENTOR_LEVEL = 3;

const ACADEMY_PROVIDER = 'DHIS2 Academy';
const PROVIDERS: Record<CourseKind, string> = {
  academy: ACADEMY_PROVIDER,
  documentation: 'DHIS2 documentation',
  community: 'DHIS2 Community of Practice',
  'local-training': 'In-country training',
};

export function activityTypeFor(kind: CourseKind, format: CourseFormat): ActivityType {
  if (kind === 'academy') {
    if (format === 'in-person-regional') return 'academy-in-person';
    if (format === 'in-country') return 'in-person-training';
    return format === 'online-instructor-led' ? 'remote-training' : 'online-course';
  }
  if (kind === 'local-training') return 'in-person-training';
  return 'other';
}

const FORMAT_WORDS: Record<CourseFormat, string> = {
  'online-self-paced': 'online, self-paced',
  'online-instructor-led': 'online, instructor-led',
  'in-person-regional': 'in person, regional',
  'in-country': 'in country',
};

function costLinesOf(offering: CourseOffering): CostLineInput[] {
  const lines: CostLineInput[] = [];
  if (offering.feesMinor > 0) {
    lines.push({
      kind: 'fees',
      description: `Course fees (${FORMAT_WORDS[offering.format]})`,
      quantity: 1,
      unitCostMinor: offering.feesMinor,
      currency: offering.currency,
    });
  }
  if (offering.travelMinor > 0) {
    lines.push({
      kind: 'travel',
      description: 'Travel and accommodation (estimate)',
      quantity: 1,
      unitCostMinor: offering.travelMinor,
      currency: offering.currency,
    });
  }
  return lines;
}

/** A course's cheapest offering priced in the pricing currency; null cost when no rate converts it. */
export function priceCourse(
  course: Pick<CourseDefinition, 'offerings'>,
  pricing: CostPricing,
): { offering: CourseOffering; costMinor: number | null } | null {
  const offering = cheapestOffering(course.offerings);
  if (!offering) return null;
  const converted = convertBetween({
    amountMinor: offering.feesMinor + offering.travelMinor,
    from: offering.currency,
    to: pricing.currency,
    baseCurrency: pricing.baseCurrency,
    rates: pricing.rates,
    on: pricing.on,
  });
  return { offering, costMinor: 'problem' in converted ? null : converted.amountMinor };
}

/** The create-activity request for one member taking a course in a format. */
export function courseActivityDraft(input: {
  course: Pick<CourseDefinition, 'key' | 'kind' | 'name'>;
  offering: CourseOffering;
  memberId: string;
  gapCategoryKeys: readonly string[];
  year: number;
}): ActivityDraft {
  return {
    title: input.course.name.slice(0, 200),
    type: activityTypeFor(input.course.kind, input.offering.format),
    provider: PROVIDERS[input.course.kind],
    timing: { kind: 'quarter', year: input.year, quarter: null },
    status: 'planned',
    outcomeNote: '',
    memberIds: [input.memberId],
    gapCategoryKeys: [...input.gapCategoryKeys],
    costLines: costLinesOf(input.offering),
    fundingShares: [],
    courseKey: input.course.key,
  };
}

const sumOrNull = (amounts: readonly (number | null)[]): number | null =>
  amounts.some((amount) => amount === null)
    ? null
    : amounts.reduce<number>((sum, amount) => sum + amount!, 0);

/** Rounds a sum of gap sizes for display, so 0.1 + 0.2 reads 0.3. */
export const roundValue = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * What a member could do about their priority gaps: catalogue courses that develop the gap
 * categories (not completed yet, with the prerequisites still to complete included and priced),
 * and internal mentoring by a colleague who scores 3 (Expert) in the category, which costs
 * nothing. Each candidate says which gaps it covers, what it would cost in the pricing currency,
 * and carries a ready create-activity request for "Add to plan". Biggest value first, then the
 * cheapest, then catalogue order.
 */
export function recommendLearning(input: RecommendationInput): LearningCandidate[] {
  const { pricing } = input;
  const excluded = input.excludedCourseKeys ?? new Set<string>();
  const completed = new Set([...completedCourseKeys(input.records), ...excluded]);
  const courses = new Map(input.courses.map((course) => [course.key, course]));
  const gapOrder = new Map(input.gaps.map((gap, index) => [gap.categoryKey, index]));
  const gapsByCategory = new Map(input.gaps.map((gap) => [gap.categoryKey, gap]));
  const categoryName = (key: string) => input.categoryNames.get(key) ?? key;
  const coversOf = (keys: readonly string[]) =>
    keys
      .filter((key) => gapsByCategory.has(key))
      .sort((a, b) => gapOrder.get(a)! - gapOrder.get(b)!)
      .map((key) => ({ categoryKey: key, gap: gapsByCategory.get(key)!.gap }));
  const directMissing = (course: CourseDefinition) =>
    course.prerequisiteKeys.filter((key) => courses.has(key) && !completed.has(key));

  const ranked: { candidate: LearningCandidate; order: number }[] = [];
  input.courses.forEach((course, order) => {
    if (completed.has(course.key) || excluded.has(course.key)) return;
    const covers = coversOf(course.developsCategoryKeys);
    if (covers.length === 0) return;
    const priced = priceCourse(course, pricing);
    if (!priced) return;
    const prerequisites = missingPrerequisites({ courseKey: course.key, courses, completed }).map((key) => {
      const prerequisite = courses.get(key)!;
      const prerequisitePrice = priceCourse(prerequisite, pricing);
      const offering = prerequisitePrice?.offering ?? prerequisite.offerings[0]!;
      return {
        courseKey: key,
        courseName: prerequisite.name,
        format: offering.format,
        costMinor: prerequisitePrice?.costMinor ?? null,
        requiresKeys: directMissing(prerequisite),
        activityDraft: courseActivityDraft({
          course: prerequisite,
          offering,
          memberId: input.memberId,
          gapCategoryKeys: coversOf(prerequisite.developsCategoryKeys).map((gap) => gap.categoryKey),
          year: input.year,
        }),
      };
    });
    const value = roundValue(covers.reduce((sum, gap) => sum + gap.gap, 0));
    const names = covers.map((gap) => categoryName(gap.categoryKey)).join(', ');
    ranked.push({
      order,
      candidate: {
        key: `course:${course.key}`,
        kind: 'course',
        courseKey: course.key,
        courseKind: course.kind,
        format: priced.offering.format,
        title: course.name,
        costMinor: priced.costMinor,
        totalCostMinor: sumOrNull([priced.costMinor, ...prerequisites.map((item) => item.costMinor)]),
        currency: pricing.currency,
        covers,
        value,
        requiresKeys: directMissing(course),
        prerequisites,
        mentor: null,
        reason:
          prerequisites.length === 0
            ? `Develops ${names}.`
            : `Develops ${names}; needs ${prerequisites.map((item) => item.courseName).join(', ')} first.`,
        reasonCode: 'develops-gaps',
        activityDraft: courseActivityDraft({
          course,
          offering: priced.offering,
          memberId: input.memberId,
          gapCategoryKeys: covers.map((gap) => gap.categoryKey),
          year: input.year,
        }),
      },
    });
  });

  input.gaps.forEach((gap, index) => {
    const mentor = input.colleagues
      .filter(
        (colleague) =>
          colleague.memberId !== input.memberId &&
          (colleague.categoryScores.get(gap.categoryKey) ?? 0) >= MENTOR_LEVEL,
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.memberId < b.memberId ? -1 : 1))[0];
    if (!mentor) return;
    const name = categoryName(gap.categoryKey);
    const who = input.showMentorNames ? mentor.name : 'a colleague';
    ranked.push({
      order: input.courses.length + index,
      candidate: {
        key: `mentoring:${gap.categoryKey}`,
        kind: 'mentoring',
        courseKey: null,
        courseKind: null,
        format: null,
        title: `Mentoring in ${name}`.slice(0, 200),
        costMinor: 0,
        totalCostMinor: 0,
        currency: pricing.currency,
        covers: [{ categoryKey: gap.categoryKey, gap: gap.gap }],
        value: roundValue(gap.gap),
        requiresKeys: [],
        prerequisites: [],
        mentor: input.showMentorNames ? { memberId: mentor.memberId, name: mentor.name } : null,
        reason: `Internal mentoring by ${who}, who is an expert in ${name}: no cost, and it keeps the know-how in the team.`,
        reasonCode: 'internal-mentoring',
        activityDraft: {
          title: `Mentoring in ${name}`.slice(0, 200),
          type: 'mentoring',
          provider: input.showMentorNames ? mentor.name.slice(0, 200) : '',
          timing: { kind: 'quarter', year: input.year, quarter: null },
          status: 'planned',
          outcomeNote: '',
          memberIds: [input.memberId],
          gapCategoryKeys: [gap.categoryKey],
          costLines: [],
          fundingShares: [],
        },
      },
    });
  });

  const costRank = (candidate: LearningCandidate) => candidate.totalCostMinor ?? Number.POSITIVE_INFINITY;
  return ranked
    .sort(
      (a, b) =>
        b.candidate.value - a.candidate.value ||
        costRank(a.candidate) - costRank(b.candidate) ||
        a.order - b.order,
    )
    .map(({ candidate }) => candidate);
}
