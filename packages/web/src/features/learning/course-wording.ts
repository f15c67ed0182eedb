import type { TFunction } from 'i18next';
import type { Course, CourseCatalogue, CourseOffering } from '@coreteam/core';
import { formatMoney } from '../plans/money.js';

/** The catalogue by key, with the names of categories and courses in the reader's language. */
export interface CatalogueIndex {
  course(courseKey: string): Course | undefined;
  /** Every course, in catalogue order. */
  courses(): readonly Course[];
  courseName(courseKey: string): string;
  categoryName(categoryKey: string | null): string | undefined;
}

export function indexCatalogue(catalogue: CourseCatalogue): CatalogueIndex {
  const courses = new Map(catalogue.courses.map((course) => [course.key, course]));
  const categories = new Map(catalogue.categories.map((category) => [category.key, category.name]));
  return {
    course: (courseKey) => courses.get(courseKey),
    courses: () => catalogue.courses,
    courseName: (courseKey) => courses.get(courseKey)?.name ?? courseKey,
    categoryName: (categoryKey) =>
      categoryKey === null ? undefined : (categories.get(categoryKey) ?? categoryKey),
  };
}

/** "Online, self-paced · 3 days · US$0.00": one way a course is offered (days in words by Intl). */
export function offeringText(offering: CourseOffering, t: TFunction, language: string): string {
  return t('offering.text', {
    format: t(`formats.${keyOf(offering.format)}`),
    duration: new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
      offering.durationDays,
    ),
    cost: formatMoney(offering.feesMinor + offering.travelMinor, offering.currency, language),
  });
}

/** Translation keys are camelCase: `in-person-regional` → `inPersonRegional`. */
export function keyOf(value: string): string {
  return value.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
