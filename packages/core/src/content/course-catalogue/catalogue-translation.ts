import type { LabelledText } from '../default-framework/framework-translation.js';

/** The seeded catalogue's names and descriptions in one language other than English, by key. */
export interface CourseCatalogueTranslation {
  categories: Record<string, LabelledText>;
  courses: Record<string, LabelledText>;
}
