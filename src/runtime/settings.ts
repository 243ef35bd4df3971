/**
 * Host settings as one table (README "Host settings"): each row is a CLI flag, a `PIKACI_*`
 * environment variable and an action input at once, so the three can never drift apart. The
 * placement rows live in `src/hosts/`, each runtime's rows in its backend module. Light on
 * purpose: the CLI builds its flags from these rows before any command runs.
 */
import { InputError } from '../util/index.js';

export interface SettingSpec {
  /** The flag without `--` and the action input: `incus-image`. */
  readonly name: string;
  /** The environment variable read when the flag is absent (CLI only). */
  readonly env: string;
  /**
   * `text` (one value), `boolean` (a switch; `true|false|1|0` in a variable or input), `list`
   * (repeatable flag; comma- or whitespace-separated in a variable or input), `integer`.
   */
  readonly kind: 'text' | 'boolean' | 'list' | 'integer';
  /** Commander's argument name: `<alias>`. */
  readonly argument?: string;
  /** One line for `--help` and action.yml, with the default. */
  readonly description: string;
  /** The only accepted values of a `text` setting. */
  readonly choices?: readonly string[];
  /** Bounds of an `integer` setting. */
  readonly min?: number;
  readonly max?: number;
  /** A `text` setting that must be an absolute path. */
  readonly absolute?: boolean;
  /**
   * How the action takes it: `value` (the default) like the flag; `content` when the flag names a
   * file and the input carries what the file would hold (a key, known_hosts lines); `none` when
   * the setting is for the CLI only.
   */
  readonly action?: 'value' | 'content' | 'none';
  /** The action input's own description when it differs (a `content` input). */
  readonly actionDescription?: string;
  /** The input's value is a secret: masked and registered with the redactor as soon as it is read. */
  readonly secret?: boolean;
}

export type SettingValue = string | boolean | number | readonly string[];

/** Parsed values by setting name; absent settings are missing (never empty strings). */
export type SettingValues = ReadonlyMap<string, SettingValue>;

/** Where the values came from, so an error names the flag and variable, or the input. */
export interface SettingOrigin {
  readonly kind: 'cli' | 'action';
  /** `--incus-type (or $PIKACI_INCUS_TYPE)` or `input \`incus-type\``. */
  describe(spec: SettingSpec): string;
}

export const CLI_ORIGIN: SettingOrigin = {
  kind: 'cli',
  describe: (spec) => `--${spec.name} (or $${spec.env})`,
};

export const ACTION_ORIGIN: SettingOrigin = {
  kind: 'action',
  describe: (spec) => `input \`${spec.name}\``,
};

/** A bad setting value: what it must be and what it was, naming where it came from. */
export function settingError(origin: SettingOrigin, spec: SettingSpec, problem: string): InputError {
  return new InputError(
    `${origin.describe(spec)} ${problem}`,
    origin.kind === 'action' ? { where: `input \`${spec.name}\`` } : {},
  );
}

/** The camelCase property commander uses for a flag: `incus-image` → `incusImage`. */
export function flagProperty(spec: SettingSpec): string {
  return spec.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function parseBoolean(origin: SettingOrigin, spec: SettingSpec, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw settingError(origin, spec, `must be true, false, 1 or 0, got \`${raw}\``);
}

/** One raw text value → the setting's value, or an error naming its source. */
function parseText(origin: SettingOrigin, spec: SettingSpec, raw: string): SettingValue {
  switch (spec.kind) {
    case 'boolean':
      return parseBoolean(origin, spec, raw);
    case 'list': {
      const items = raw.split(origin.kind === 'action' ? /[\s,]+/ : ',').map((item) => item.trim());
      if (origin.kind === 'action') return items.filter((item) => item !== '');
      if (items.some((item) => item === '')) throw settingError(origin, spec, 'has an empty item');
      return items;
    }
    case 'integer': {
      const n = Number(raw);
      const { min = 0, max = Number.MAX_SAFE_INTEGER } = spec;
      if (!/^\d+$/.test(raw) || n < min || n > max) {
        throw settingError(origin, spec, `must be an integer from ${min} to ${max}, got \`${raw}\``);
      }
      return n;
    }
    case 'text':
      if (spec.choices && !spec.choices.includes(raw)) {
        throw settingError(origin, spec, `must be ${spec.choices.join(' or ')}, got \`${raw}\``);
      }
      if (spec.absolute && !raw.startsWith('/')) {
        throw settingError(origin, spec, `must be an absolute path, got \`${raw}\``);
      }
      return raw;
  }
}

/**
 * CLI: commander's flag values, each falling back to its variable (an empty variable is unset).
 * A repeated list flag gives its items; a switch given on the command line is true.
 */
export function readCliSettings(
  table: readonly SettingSpec[],
  flags: Readonly<Record<string, unknown>>,
  env: NodeJS.ProcessEnv,
): Map<string, SettingValue> {
  const values = new Map<string, SettingValue>();
  for (const spec of table) {
    const flag = flags[flagProperty(spec)];
    if (spec.kind === 'list' && Array.isArray(flag) && flag.length > 0) {
      const items = flag.map(String);
      if (items.some((item) => item.trim() === '')) {
        throw settingError(CLI_ORIGIN, spec, 'has an empty item');
      }
      values.set(spec.name, items);
      continue;
    }
    if (spec.kind === 'boolean' && flag === true) {
      values.set(spec.name, true);
      continue;
    }
    // A flag given on the command line counts even when empty; an empty variable is unset.
    if (typeof flag === 'string') {
      values.set(spec.name, parseText(CLI_ORIGIN, spec, flag));
      continue;
    }
    const raw = env[spec.env];
    if (raw === undefined || raw === '') continue;
    values.set(spec.name, parseText(CLI_ORIGIN, spec, raw));
  }
  return values;
}

/**
 * Action: each input through `getInput` (untrimmed, so key material keeps its lines); an empty
 * input is unset. Secret inputs go to `onSecret` before anything else can see them.
 */
export function readActionSettings(
  table: readonly SettingSpec[],
  getInput: (name: string) => string,
  onSecret: (value: string) => void,
): Map<string, SettingValue> {
  const values = new Map<string, SettingValue>();
  for (const spec of table) {
    if (spec.action === 'none') continue;
    const raw = getInput(spec.name);
    if (spec.secret) onSecret(raw);
    if (raw.trim() === '') continue;
    values.set(spec.name, spec.action === 'content' ? raw : parseText(ACTION_ORIGIN, spec, raw.trim()));
  }
  return values;
}

/** Typed getters over parsed values (the table decided the type; these only narrow it). */
export const setting = {
  text(values: SettingValues, name: string): string | undefined {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  },
  boolean(values: SettingValues, name: string): boolean | undefined {
    const value = values.get(name);
    return typeof value === 'boolean' ? value : undefined;
  },
  integer(values: SettingValues, name: string): number | undefined {
    const value = values.get(name);
    return typeof value === 'number' ? value : undefined;
  },
  list(values: SettingValues, name: string): readonly string[] | undefined {
    const value = values.get(name);
    return Array.isArray(value) ? (value as readonly string[]) : undefined;
  },
};
