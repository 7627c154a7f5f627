/** For `node --import`: installs the hook that makes `electron` the recording fake. */
import { register } from 'node:module';

register('./resolve-electron-hook.mjs', import.meta.url);
