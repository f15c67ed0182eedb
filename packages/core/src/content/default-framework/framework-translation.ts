/**
 * The built-in framework's text in one language other than English. Every area, category and
 * skill is found by its stable key (the same key ratings are stored under), so a translation never
 * depends on the order of the English text. English is the framework itself and the fallback.
 */
export interface FrameworkTranslation {
  name: string;
  description: string;
  ratingScale: {
    /** Levels 0, 1, 2 and 3, in that order. */
    levels: [LabelledText, LabelledText, LabelledText, LabelledText];
    notApplicable: LabelledText;
  };
  /** Area, category and skill keys → their name and description in this language. */
  elements: Record<string, LabelledText>;
}

export interface LabelledText {
  name: string;
  description: string;
}
