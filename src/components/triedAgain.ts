/** "14:02:11", the reader's own clock: when the answer came back, to the second. */
export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}

export interface RepeatedFailure {
  /** When the newer answer came back. */
  at: number;
  /** Whether it said what the one before said. */
  same: boolean;
}

/** The line under a failure asked again: that it was, when, and what would help if nothing changed. */
export function triedAgainSentence(repeat: RepeatedFailure, help: string): string {
  const when = `Tried again at ${clockTime(repeat.at)}`;
  return repeat.same ? `${when}: same answer. ${help}` : `${when}: a different answer.`;
}
