/**
 * Step 5, tag: which curated topics each passage mentions, by the topic's name
 * and aliases as whole words. One compiled pattern per topic keeps it linear.
 */
import { phraseRegExp } from './text.ts';

export interface TopicMatcher {
  id: string;
  pattern: RegExp;
}

export function topicMatchers(
  topics: readonly { id: string; name: string; aliases: readonly string[] }[],
): TopicMatcher[] {
  return topics.map((topic) => ({ id: topic.id, pattern: phraseRegExp([topic.name, ...topic.aliases], 'iu') }));
}

export function tagPassage(text: string, matchers: readonly TopicMatcher[]): string[] {
  return matchers.filter((matcher) => matcher.pattern.test(text)).map((matcher) => matcher.id);
}
