// Every problem path, in the order the buttons appear under "Customer raises a problem".
import type { ScriptBranchTemplate } from '../model';
import { disputeBranch, refusalBranch } from './conflict-branches';
import { invoiceProblemBranch, missingRecordsBranch, noCashBranch, ourFailureBranch, wrongPersonBranch } from './reason-branches';

export const problemBranches: ScriptBranchTemplate[] = [
  wrongPersonBranch,
  ourFailureBranch,
  missingRecordsBranch,
  invoiceProblemBranch,
  noCashBranch,
  disputeBranch,
  refusalBranch,
];
