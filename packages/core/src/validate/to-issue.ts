import type { Draft } from './messages.js';
import { toPointer } from './messages.js';
import type { ValidationIssue } from './validate.js';

/** Writes a draft out as an issue: both messages in their one grammar. */
export function toIssue(draft: Draft): ValidationIssue {
  const hint = draft.hint ? { en: ` ${draft.hint.en}`, vi: ` ${draft.hint.vi}` } : { en: '', vi: '' };
  return {
    path: draft.path,
    pointer: toPointer(draft.path),
    code: draft.code,
    message: {
      en: `expected ${draft.expected.en}, received ${draft.received.en}.${hint.en}`,
      vi: `cần ${draft.expected.vi}, nhận được ${draft.received.vi}.${hint.vi}`,
    },
    expected: draft.expected.en,
    received: draft.received.en,
  };
}
