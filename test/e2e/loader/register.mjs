// `node --import ./test/e2e/loader/register.mjs`: installs raw-hooks.mjs (see there).
import { register } from 'node:module'

register('./raw-hooks.mjs', import.meta.url)
