import type { MarketEvent } from '../../domain/types';

/**
 * Short chart labels for the events of the bundled story, written for the label lanes; any other
 * event falls back to its title, cut at a word.
 */
const SHORT_LABELS: Record<string, string> = {
  'deepseek-v3-release': 'DeepSeek-V3',
  'deepseek-app-launch': 'App launch',
  'deepseek-r1-release': 'R1 release',
  'stargate-announcement': 'Stargate',
  'wang-cnbc-davos-interview': 'Wang on CNBC: 50k H100s',
  'nvda-fri-jan24-close': 'Fri close',
  'viral-weekend': 'Viral weekend',
  'appstore-no1-us': 'No. 1 on App Store',
  'musk-obviously-reply': 'Musk: "Obviously"',
  'nvda-premarket-jan27': 'Premarket plunge',
  'original-article-officechai': 'OfficeChai article',
  'deepseek-registration-limits': 'Sign-ups limited',
  'nvda-record-drop-jan27': 'Record drop',
  'nvidia-statement-excellent-advancement': 'NVIDIA statement',
  'trump-wake-up-call': 'Trump: wake-up call',
  'nvda-rebound-jan28': 'Rebound',
  'openai-distillation-claim': 'OpenAI: distillation',
  'nvda-q4-fy2025-earnings': 'Q4 earnings',
};

const MAX_LENGTH = 22;

export function shortLabel(event: MarketEvent): string {
  const known = SHORT_LABELS[event.id];
  if (known) return known;
  if (event.title.length <= MAX_LENGTH) return event.title;
  const cut = event.title.slice(0, MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 8 ? cut.slice(0, space) : cut}…`;
}
