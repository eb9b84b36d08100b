/**
 * Action predicates in one place, after hashicorp/terraform-json `action.go`. Everything that
 * asks "is this a replace?" calls these; nothing compares action arrays by hand.
 */
import type { ResourceChange, TerraformAction } from './types.js'

type Actions = readonly TerraformAction[]

const is = (a: Actions, ...expected: TerraformAction[]): boolean =>
  a.length === expected.length && a.every((x, i) => x === expected[i])

export const isNoOp = (a: Actions): boolean => is(a, 'no-op')
export const isCreate = (a: Actions): boolean => is(a, 'create')
export const isRead = (a: Actions): boolean => is(a, 'read')
export const isUpdate = (a: Actions): boolean => is(a, 'update')
export const isDelete = (a: Actions): boolean => is(a, 'delete')
export const isForget = (a: Actions): boolean => is(a, 'forget')
/** Destroy first, then create: the resource is absent for a while (worse for stateful things). */
export const isDeleteBeforeCreate = (a: Actions): boolean => is(a, 'delete', 'create')
/** `create_before_destroy`: the new object exists before the old one goes. */
export const isCreateBeforeDestroy = (a: Actions): boolean => is(a, 'create', 'delete')
export const isReplace = (a: Actions): boolean =>
  isDeleteBeforeCreate(a) || isCreateBeforeDestroy(a)
/** Any action that destroys the existing remote object (delete or either kind of replace). */
export const destroysObject = (a: Actions): boolean => isDelete(a) || isReplace(a)

export type ChangeKind = 'create' | 'update' | 'replace' | 'delete' | 'read' | 'no-op' | 'forget'

/** One word for a change's actions; unknown combinations count as `update` (never ignored). */
export function changeKind(a: Actions): ChangeKind {
  if (isReplace(a)) return 'replace'
  if (isCreate(a)) return 'create'
  if (isDelete(a)) return 'delete'
  if (isRead(a)) return 'read'
  if (isNoOp(a)) return 'no-op'
  if (isForget(a)) return 'forget'
  return 'update'
}

export const isImport = (c: ResourceChange): boolean => c.importing !== undefined
export const isMove = (c: ResourceChange): boolean =>
  c.previousAddress !== undefined && c.previousAddress !== c.address
export const isManaged = (c: ResourceChange): boolean => c.mode === 'managed'
