/**
 * Ordered pattern sets (one per lane) compiled into one shared index, so a changed path is looked
 * at once for every set instead of once per pattern.
 *
 * Rule: patterns are evaluated in order and the last one that matches decides; a path is selected
 * when that pattern is positive. The index finds every matching pattern of every set in a single
 * pass: exact paths through a `Map`, `dir/**` through a trie of directory names walked along the
 * path's own directories, `**\/name` through a map keyed by the last segment, and only patterns
 * with real wildcards through a RegExp — attached to the trie node of their literal leading
 * directories, so a path outside those directories never runs them.
 */
import { assertNever } from '../util/index.js';
import { compileGlob, type CompiledGlob } from './glob.js';

/** The outcome for one path against one ordered pattern set. */
export interface PatternMatch {
  /** True when the last pattern that matches the path is positive. */
  matched: boolean;
  /** The pattern that decided (the last matching one, `!` included), absent when none matched. */
  pattern?: string;
}

export interface CompiledPatternSet {
  readonly patterns: readonly CompiledGlob[];
  match(path: string): PatternMatch;
}

/** One set that has at least one pattern matching a path. */
export interface SetMatch {
  /** Index of the set in the list given to `compilePatternSets`. */
  set: number;
  /** Index, within the set, of the last matching pattern: the one that decides. */
  index: number;
  glob: CompiledGlob;
  /** Whether the deciding pattern is positive, i.e. whether the set selects the path. */
  matched: boolean;
}

export interface PatternSetsIndex {
  readonly sets: readonly (readonly CompiledGlob[])[];
  /** The sets with a pattern matching `path`, by ascending set index; `[]` when none. */
  matchPath(path: string): readonly SetMatch[];
}

interface Entry {
  set: number;
  index: number;
}

interface RegexEntry extends Entry {
  regex: RegExp;
}

interface TrieNode {
  children: Map<string, TrieNode> | undefined;
  /** Entries of `dir/**` patterns whose `dir` is this node. */
  below: Entry[];
  /** Wildcard patterns whose literal leading directories end at this node. */
  regexes: RegexEntry[];
  /** One RegExp over all of `regexes`, so a path that matches none of them costs one test. */
  anyRegex: RegExp | undefined;
}

interface AnyDepthEntry {
  name: string;
  slashName: string;
  entries: Entry[];
}

const NO_MATCHES: readonly SetMatch[] = Object.freeze([]);

/** Compile one ordered pattern list. Throws `InvalidGlobError` (an `InputError`) on a bad pattern. */
export function compilePatternSet(patterns: readonly string[]): CompiledPatternSet {
  const index = compilePatternSets([patterns]);
  return {
    patterns: index.sets[0]!,
    match(path: string): PatternMatch {
      const hit = index.matchPath(path)[0];
      return hit === undefined ? { matched: false } : { matched: hit.matched, pattern: hit.glob.source };
    },
  };
}

/** Compile many ordered pattern lists into one index. Throws `InvalidGlobError` on a bad pattern. */
export function compilePatternSets(patternSets: readonly (readonly string[])[]): PatternSetsIndex {
  const cache = new Map<string, CompiledGlob>();
  const sets = patternSets.map((patterns) =>
    patterns.map((pattern) => {
      let glob = cache.get(pattern);
      if (glob === undefined) {
        glob = compileGlob(pattern);
        cache.set(pattern, glob);
      }
      return glob;
    }),
  );

  const exact = new Map<string, Entry[]>();
  const anyDepth = new Map<string, AnyDepthEntry[]>();
  const root = newNode();
  sets.forEach((globs, set) =>
    globs.forEach((glob, index) => {
      const entry = { set, index };
      const shape = glob.shape;
      switch (shape.kind) {
        case 'exact':
          pushTo(exact, shape.path, entry);
          break;
        case 'below':
          nodeFor(root, shape.dir.split('/')).below.push(entry);
          break;
        case 'anyDepth': {
          const key = shape.name.slice(shape.name.lastIndexOf('/') + 1);
          let list = anyDepth.get(key);
          if (list === undefined) anyDepth.set(key, (list = []));
          let named = list.find((candidate) => candidate.name === shape.name);
          if (named === undefined)
            list.push((named = { name: shape.name, slashName: `/${shape.name}`, entries: [] }));
          named.entries.push(entry);
          break;
        }
        case 'regex':
          nodeFor(root, shape.dirs).regexes.push({
            ...entry,
            regex: new RegExp(`^(?:${glob.regexSource})$`, 'u'),
          });
          break;
        default:
          assertNever(shape);
      }
    }),
  );
  finishRegexes(root);

  // Per-path scratch space: the best pattern index per set, and which sets were touched.
  const best = new Int32Array(sets.length).fill(-1);
  const touched: number[] = [];
  const consider = (entries: readonly Entry[]): void => {
    for (const { set, index } of entries) {
      const current = best[set]!;
      if (current === -1) touched.push(set);
      if (index > current) best[set] = index;
    }
  };
  const considerRegexes = (node: TrieNode, path: string): void => {
    if (node.anyRegex === undefined || !node.anyRegex.test(path)) return;
    for (const entry of node.regexes) if (entry.regex.test(path)) consider([entry]);
  };

  return {
    sets,
    matchPath(path: string): readonly SetMatch[] {
      const exactEntries = exact.get(path);
      if (exactEntries !== undefined) consider(exactEntries);

      let node = root;
      considerRegexes(node, path);
      let start = 0;
      while (node.children !== undefined) {
        const slash = path.indexOf('/', start);
        if (slash === -1) break;
        const child = node.children.get(path.slice(start, slash));
        if (child === undefined) break;
        node = child;
        if (node.below.length > 0) consider(node.below);
        considerRegexes(node, path);
        start = slash + 1;
      }

      if (anyDepth.size > 0) {
        const candidates = anyDepth.get(path.slice(path.lastIndexOf('/') + 1));
        if (candidates !== undefined) {
          for (const candidate of candidates) {
            if (path === candidate.name || path.endsWith(candidate.slashName)) consider(candidate.entries);
          }
        }
      }

      if (touched.length === 0) return NO_MATCHES;
      touched.sort((a, b) => a - b);
      const result = touched.map((set): SetMatch => {
        const index = best[set]!;
        best[set] = -1;
        const glob = sets[set]![index]!;
        return { set, index, glob, matched: !glob.negated };
      });
      touched.length = 0;
      return result;
    },
  };
}

function newNode(): TrieNode {
  return { children: undefined, below: [], regexes: [], anyRegex: undefined };
}

function nodeFor(root: TrieNode, dirs: readonly string[]): TrieNode {
  let node = root;
  for (const dir of dirs) {
    node.children ??= new Map();
    let child = node.children.get(dir);
    if (child === undefined) node.children.set(dir, (child = newNode()));
    node = child;
  }
  return node;
}

function finishRegexes(node: TrieNode): void {
  if (node.regexes.length > 0) {
    const sources = node.regexes.map((entry) => entry.regex.source);
    node.anyRegex = new RegExp(sources.join('|'), 'u');
  }
  for (const child of node.children?.values() ?? []) finishRegexes(child);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
