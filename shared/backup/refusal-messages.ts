// What the user reads when a file cannot be restored. Apart from the decoder so main can use the
// same sentences when it refuses a chosen file from its first and last bytes, without the zip code.
import type { BackupRefusalReason } from './backup-format';

/** The sentence for each way a file can be refused. */
export const backupRefusalMessages: Record<Exclude<BackupRefusalReason, 'newer-version'>, string> = {
  truncated:
    'This backup file is incomplete: it ends early, as if it was cut off while being copied or saved. Try another copy of the backup.',
  'not-a-backup': 'This file is not a Call Desk backup. Choose a file saved with “Back up now” or one of the automatic backups.',
  checksum:
    'This backup file has been damaged since it was made: its contents no longer match the checksum recorded in it. Try another copy of the backup.',
  corrupt: 'This backup file is damaged and cannot be read. Try another copy of the backup.',
};
