/**
 * What a personal access token may do: read only, or read and write. A plain list (no zod), so
 * the web app can offer the choice without loading the schemas.
 */
export const TOKEN_SCOPES = ['read', 'read-write'] as const;
