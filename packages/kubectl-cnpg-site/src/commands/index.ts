import Backups from './backups.js';
import Completion from './completion.js';
import Drill from './drill.js';
import Help from './help.js';
import Init from './init.js';
import Lint from './lint.js';
import New from './new.js';
import PlanRestore from './plan-restore.js';
import PlanUpgrade from './plan-upgrade.js';
import Render from './render.js';
import RestoreWatch from './restore/watch.js';
import Status from './status.js';

/** Explicit command list: no directory scan at startup. */
export const COMMANDS = {
  lint: Lint,
  init: Init,
  new: New,
  render: Render,
  'plan-restore': PlanRestore,
  'plan-upgrade': PlanUpgrade,
  backups: Backups,
  drill: Drill,
  status: Status,
  'restore:watch': RestoreWatch,
  completion: Completion,
  help: Help,
};
