// Where a provisioning file comes from: `--provision <file>` on the command line, else the system-wide configuration folder.
import path from 'node:path';

const FLAG = '--provision';

/** The file named by `--provision <file>` or `--provision=<file>`, or null. */
export function provisionFileFromArgv(argv: readonly string[]): string | null {
  for (const [index, argument] of argv.entries()) {
    if (argument === FLAG) return argv[index + 1] ?? null;
    if (argument.startsWith(`${FLAG}=`)) return argument.slice(FLAG.length + 1) || null;
  }
  return null;
}

/** The machine-wide file an administrator (or a deployment tool) places for every user of the terminal. */
export function systemProvisionFile(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32')
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'LoyaltyDesk', 'provision.json');
  if (platform === 'darwin') return path.posix.join('/Library/Application Support/LoyaltyDesk', 'provision.json');
  return path.posix.join('/etc/loyalty-desk', 'provision.json');
}

/** The command line wins, so one terminal can be set up by hand without touching the machine-wide file. */
export function provisionFile(argv: readonly string[], platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  return provisionFileFromArgv(argv) ?? systemProvisionFile(platform, env);
}
