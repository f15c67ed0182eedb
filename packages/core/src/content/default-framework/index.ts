export type { FrameworkTranslation, LabelledText } from './framework-translation.js';
export { DEFAULT_FRAMEWORK_TRANSLATIONS, translateFramework } from './translate-framework.js';
