/**
 * The heatmap's colours: six steps of ColorBrewer's YlGnBu, a sequential scale that stays readable
 * with the common kinds of colour blindness and in greyscale. The value is always printed too.
 */
export const SCORE_STEPS = [
  { from: 0, to: 0.5, background: '#ffffcc', text: '#212934' },
  { from: 0.5, to: 1, background: '#c7e9b4', text: '#212934' },
  { from: 1, to: 1.5, background: '#7fcdbb', text: '#212934' },
  { from: 1.5, to: 2, background: '#41b6c4', text: '#212934' },
  { from: 2, to: 2.5, background: '#2c7fb8', text: '#000000' },
  { from: 2.5, to: 3, background: '#253494', text: '#ffffff' },
] as const;

export function scoreStep(score: number): (typeof SCORE_STEPS)[number] {
  return SCORE_STEPS.find((step) => score < step.to) ?? SCORE_STEPS[SCORE_STEPS.length - 1]!;
}
