import { severityRank } from './types.js'
import type { Severity } from './types.js'

/**
 * Issues of one change grouped by severity, highest first: rule families that find several
 * issues on one resource report one finding per severity, so a low note never dilutes a high one.
 */
export function groupBySeverity<T extends { readonly severity: Severity }>(
  issues: readonly T[]
): [Severity, T[]][] {
  const bySeverity = new Map<Severity, T[]>()
  for (const issue of issues) {
    const group = bySeverity.get(issue.severity)
    if (group) group.push(issue)
    else bySeverity.set(issue.severity, [issue])
  }
  return [...bySeverity.entries()].sort(([a], [b]) => severityRank(b) - severityRank(a))
}
