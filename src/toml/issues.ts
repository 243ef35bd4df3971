/**
 * Problems found in a TOML document, collected with their key paths and lines and reported in one
 * `TomlValidationError`. No zod here: a check that needs no schema (or a schema-free fast path, as
 * the manifest's) reports through these without loading it.
 */
import { didYouMean, InputError } from '../util/index.js';
import { formatKeyPath, type KeyPath, type TomlLocator } from './locator.js';
import type { TomlDocument } from './parse.js';

export interface TomlIssue {
  path: KeyPath;
  /** 1-based line, when the key path (or a parent of it) was found in the text. */
  line: number | undefined;
  message: string;
}

export function formatIssue(file: string, issue: TomlIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const key = formatKeyPath(issue.path);
  return key === '' ? `${where}: ${issue.message}` : `${where}: ${key}: ${issue.message}`;
}

export class TomlValidationError extends InputError {
  constructor(
    readonly file: string,
    readonly issues: readonly TomlIssue[],
  ) {
    const lines = [...issues]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((issue) => formatIssue(file, issue));
    const head =
      issues.length === 1 ? lines[0]! : `${issues.length} problems in ${file}:\n  ${lines.join('\n  ')}`;
    super(head);
    this.name = 'TomlValidationError';
  }
}

/** Collects problems with their key paths, then throws them all at once. */
export class IssueCollector {
  private readonly collected: TomlIssue[] = [];

  constructor(
    readonly file: string,
    private readonly locator: TomlLocator,
  ) {}

  static for(doc: TomlDocument): IssueCollector {
    return new IssueCollector(doc.file, doc.locator);
  }

  add(path: KeyPath, message: string): void {
    this.collected.push({ path, line: this.locator.lineOf(path), message });
  }

  get count(): number {
    return this.collected.length;
  }

  throwIfAny(): void {
    if (this.collected.length > 0) throw new TomlValidationError(this.file, this.collected);
  }
}

export function unknownKeyMessage(key: string, known: Iterable<string>): string {
  const hint = didYouMean(key, known);
  return hint ? `unknown key \`${key}\`; ${hint}` : `unknown key \`${key}\``;
}
