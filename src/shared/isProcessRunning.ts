/**
 * Whether process `pid` is running: signal 0 checks without sending
 * anything. EPERM means it runs under another user. Used to tell a
 * temporary file or lock of a killed run from one in use.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
