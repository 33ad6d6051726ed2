// Words people type as answers during the interview: "not sure", yes and no, ordinals, and the small
// words that never decide an option. Stored as the tokenizer writes words (lower case, apostrophes
// dropped: "don't" → "dont"), so the reader compares like with like.

/** A whole reply meaning "skip this question". */
export const UNSURE_REPLIES = [
  'unsure',
  'not sure',
  'im not sure',
  'skip',
  'dont know',
  'i dont know',
  'idk',
  'no idea',
  'pass',
  'no preference',
  'no clue',
  'unknown',
  'not certain',
  'no opinion',
];

/** Phrases that, inside a short reply, mean "skip this question" ("prob not sure tbh"). */
export const UNSURE_PHRASES = ['not sure', 'no idea', 'dont know', 'unsure', 'no clue', 'not certain'];

/** First words of a reply that say yes, for questions asked as yes or no. */
export const YES_WORDS = new Set([
  'yes',
  'y',
  'yep',
  'yeah',
  'yup',
  'ya',
  'yea',
  'sure',
  'definitely',
  'absolutely',
  'correct',
  'indeed',
  'affirmative',
  'true',
]);

/** First words of a reply that say no, for questions asked as yes or no. */
export const NO_WORDS = new Set(['no', 'n', 'nope', 'nah', 'never', 'negative', 'false', 'not']);

/** Words that deny what follows them ("not bursty"). */
export const ANSWER_NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'isnt',
  'doesnt',
  'dont',
  'hardly',
  'nor',
  'arent',
]);

/** A reply starting with one of these is a question, never an answer. */
export const QUESTION_WORDS = new Set([
  'how',
  'what',
  'why',
  'when',
  'which',
  'can',
  'does',
  'do',
  'is',
  'should',
  'will',
  'could',
  'would',
  'where',
  'who',
]);

/** "the second one": an option by its place in the list. */
export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** Small words that never tell one option from another. */
export const ANSWER_STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'it',
  'its',
  'is',
  'are',
  'be',
  'we',
  'our',
  'my',
  'i',
  'im',
  'think',
  'probably',
  'prob',
  'maybe',
  'guess',
  'just',
  'only',
  'that',
  'this',
  'than',
  'then',
  'but',
  'so',
  'very',
  'really',
  'pretty',
  'quite',
  'one',
  'all',
  'any',
  'some',
  'fine',
  'ok',
  'okay',
  'tbh',
  'please',
  'like',
  'up',
  'now',
  'even',
  'right',
  'after',
  'between',
  'no',
  'not',
]);

/** Commands typed at any point of a conversation → the action they take. */
export const TYPED_COMMANDS: Record<string, string> = {
  back: 'back',
  'go back': 'back',
  previous: 'back',
  undo: 'back',
  restart: 'restart',
  'start over': 'restart',
  'start again': 'restart',
  reset: 'restart',
  start: 'start',
  begin: 'start',
  help: 'help',
  compare: 'compare',
  'compare all three': 'compare',
  share: 'share',
  details: 'details',
  'more details': 'details',
  'show details': 'details',
  'recommend now': 'finish',
  'just recommend': 'finish',
  finish: 'finish',
  'skip the rest': 'finish',
};

/**
 * Chat manners, matched against a whole message's words (punctuation and emoji dropped): a greeting
 * opener alone or followed by whom it greets ("hi there", "good morning team").
 */
export const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'yo',
  'good morning',
  'good afternoon',
  'good evening',
];
export const GREETED = ['there', 'all', 'team', 'bot', 'virt', 'virt advisor'];

/** A thank-you or acknowledgement alone, or followed by an intensifier ("thanks a lot", "ok"). */
export const THANKS = [
  'thank',
  'thanks',
  'thank you',
  'thanks you',
  'thx',
  'ty',
  'cheers',
  'great',
  'cool',
  'nice',
  'perfect',
  'ok',
  'okay',
  'got it',
];
export const THANKS_INTENSIFIERS = ['a lot', 'so much', 'very much'];
