// Placeholder until this is built.
export function LearningTimePage() {
  return null;
}
