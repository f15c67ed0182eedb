export {
  analyseResponses,
  mappingForFramework,
  readAnswer,
  readTimestamp,
  type ImportableResponse,
  type ImportRosterMember,
  type ResponseImportAnalysis,
  type ResponseImportInput,
} from './response-import.js';
