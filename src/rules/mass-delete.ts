/**
 * Mass delete: many managed objects destroyed in one plan. Each one may look routine on its own;
 * together they usually mean a wrong workspace, a removed module, an emptied for_each map or a
 * state/backend mix-up, which a human must confirm.
 */
import { destroysObject, isManaged, isReplace } from '../plan/actions.js'
import type { ResourceChange } from '../plan/types.js'
import type { Finding, Rule, RuleContext } from './types.js'

/** How many types/modules the message names before "and N more". */
const TOP_GROUPS = 3

function countBy(
  changes: readonly ResourceChange[],
  key: (c: ResourceChange) => string
): [string, number][] {
  const counts = new Map<string, number>()
  for (const c of changes) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1)
  // Largest first, then by name, so the output is deterministic.
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

function describeGroups(groups: [string, number][]): string {
  const shown = groups.slice(0, TOP_GROUPS).map(([name, n]) => `${n} ${name}`)
  const rest = groups.length - TOP_GROUPS
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ')
}

/** Objects that really go: managed, not an ephemeral helper, not a deposed leftover. */
export function findDestroyedObjects(ctx: RuleContext): ResourceChange[] {
  return ctx.plan.changes.filter(
    (c) =>
      isManaged(c) &&
      c.deposed === undefined &&
      destroysObject(c.actions) &&
      !ctx.catalogue.isEphemeral(c.type)
  )
}

export function findMassDelete(ctx: RuleContext): Finding[] {
  const destroyed = findDestroyedObjects(ctx)
  const threshold = ctx.settings.massDeleteThreshold
  if (destroyed.length === 0 || destroyed.length < threshold) return []
  const byType = countBy(destroyed, (c) => c.type)
  const byModule = countBy(destroyed, (c) =>
    c.moduleAddress === '' ? 'root module' : c.moduleAddress
  )
  const replaced = destroyed.filter((c) => isReplace(c.actions)).length
  const kinds =
    replaced > 0 ? ` (${destroyed.length - replaced} deleted, ${replaced} replaced)` : ''
  const message =
    `Destroys ${destroyed.length} managed objects${kinds}, at or above the threshold of ${threshold}: ` +
    `${describeGroups(byType)}; in ${describeGroups(byModule)}. ` +
    'A plan this destructive often means the wrong workspace or backend, a removed module or an emptied for_each; confirm it is intended.'
  return [
    {
      rule: 'mass-delete',
      severity: 'high',
      address: '',
      message,
      evidence: [
        ...byType.slice(0, 10).map(([type, n]) => ({ note: `${n} × ${type}` })),
        ...byModule.slice(0, 5).map(([module, n]) => ({ note: `${n} in ${module}` }))
      ],
      planFile: ctx.plan.meta.file
    }
  ]
}

export const massDeleteRule: Rule = { id: 'mass-delete', run: findMassDelete }
