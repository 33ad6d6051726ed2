// Block Kit limits (docs/platform-notes.md; Slack's Block Kit reference). Named here so the renderer and its
// tests share one source; a limit Slack changes is a one-line edit.
export const BLOCK_KIT_LIMITS = {
  /** Blocks in one message (modals and App Home allow 100). */
  blocksPerMessage: 50,
  /** Characters of a section's text. */
  sectionText: 3000,
  /** Fields in one section, and characters in each. */
  fieldsPerSection: 10,
  fieldText: 2000,
  /** Elements in one actions block, and in one context block. */
  elementsPerActions: 25,
  elementsPerContext: 10,
  /** Characters of a context element's text. */
  contextText: 3000,
  /** block_id and action_id length. */
  idLength: 255,
  /** A button's plain-text label and its value. */
  buttonText: 75,
  buttonValue: 2000,
  /** A header block's plain text. */
  headerText: 150,
  /**
   * Slack refuses a message (`msg_blocks_too_long`) at about 13,000 characters in total even when
   * every block is within its own limit; stay below with headroom.
   */
  messageText: 12_000,
  /** The notification / fallback `text` beside the blocks (Slack truncates long ones at 40,000). */
  fallbackText: 3000,
} as const;
