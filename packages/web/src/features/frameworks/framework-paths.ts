/** Where the frameworks live, in the API and in the app. */
export function frameworksPath(teamId: string): string {
  return `/api/frameworks?teamId=${encodeURIComponent(teamId)}`;
}

export function frameworkPath(frameworkId: string, version?: number): string {
  const path = `/api/frameworks/${encodeURIComponent(frameworkId)}`;
  return version === undefined ? path : `${path}?version=${version}`;
}

export function exportPath(frameworkId: string, format: 'yaml' | 'json', version?: number): string {
  const path = `/api/frameworks/${encodeURIComponent(frameworkId)}/export?format=${format}`;
  return version === undefined ? path : `${path}&version=${version}`;
}

export function frameworkPagePath(teamId: string, frameworkId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/frameworks/${encodeURIComponent(frameworkId)}`;
}

export function frameworksPagePath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/frameworks`;
}
