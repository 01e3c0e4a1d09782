/**
 * The base of the in-memory Word's proxies, with Office.js's rules:
 *  - a property is readable only after load() and a sync (PropertyNotLoaded);
 *  - collections take paths ("items/font/bold", "items/parentContentControlOrNullObject/tag")
 *    and paging ({ top, skip }); isNullObject is filled by Word itself and
 *    cannot be loaded as a path (InvalidArgument);
 *  - an *OrNullObject proxy is bound to what it stands for the first time a
 *    sync resolves it (a null object stays null).
 */
import type { FakeDocument } from './document';
import { OfficeError } from './failures';
import type { FakeContext } from './context';

/** Values read at a sync, committed to the proxy when the whole sync succeeds. */
export interface Staged {
  commit(): void;
  bytes: number;
}

interface LoadSpec {
  paths: string[];
  top?: number;
  skip?: number;
}

export function parseLoad(opts?: string | string[] | { select?: string; expand?: string; top?: number; skip?: number }): LoadSpec {
  const split = (s?: string) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  if (typeof opts === 'string' || opts === undefined) return { paths: split(opts) };
  if (Array.isArray(opts)) return { paths: opts.flatMap(split) };
  return { paths: split(opts.select), top: opts.top, skip: opts.skip };
}

export const notLoaded = (prop: string) =>
  new OfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

export const itemNotFound = (what: string) => new OfficeError('ItemNotFound', `The requested ${what} does not exist.`);

/** Base of every proxy. T: what it stands for in the document. */
export abstract class Proxy<T> {
  private loaded = new Set<string>();
  private snap = new Map<string, unknown>();
  private bound = false;
  private target: T | null = null;
  private navs = new Map<string, Proxy<unknown>>();
  private known = false;
  constructor(protected ctx: FakeContext, private resolver: () => T | null) {}
  protected get doc(): FakeDocument {
    return this.ctx.doc;
  }
  /** What the proxy stands for, fixed the first time a sync resolves it. */
  resolve(): T | null {
    if (!this.bound) {
      this.target = this.resolver();
      this.bound = true;
    }
    this.known = true;
    return this.target;
  }
  protected must(what: string): T {
    const t = this.resolve();
    if (t === null || !this.alive(t)) throw itemNotFound(what);
    return t;
  }
  protected alive(_t: T): boolean {
    return true;
  }
  get isNullObject(): boolean {
    if (!this.known) throw notLoaded('isNullObject');
    return this.target === null;
  }
  protected need(prop: string): unknown {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.snap.get(prop);
  }
  /** A scalar property as the document holds it now. */
  protected abstract read(prop: string, t: T): unknown;
  /** A navigation property (a proxy, the same one each time). */
  protected nav<P extends Proxy<unknown>>(name: string, make: () => P): P {
    let n = this.navs.get(name);
    if (!n) this.navs.set(name, (n = make()));
    return n as P;
  }
  protected navNames(): string[] {
    return [];
  }
  load(opts?: string | string[] | { select?: string; expand?: string; top?: number; skip?: number }): this {
    const spec = parseLoad(opts);
    this.ctx.queueLoad(() => this.stage(spec.paths, false));
    return this;
  }
  /** Read the paths now (inside a sync). */
  stage(paths: string[], viaCollection: boolean): Staged {
    const values = new Map<string, unknown>();
    const children: Staged[] = [];
    let bytes = 0;
    const t = this.resolve();
    for (const raw of paths) {
      const path = raw.replace(/^items\//, '');
      if (path === '$none' || path === 'items') continue;
      if (path.split('/').includes('isNullObject')) throw new OfficeError('InvalidArgument', `Cannot load "${raw}": isNullObject is set by Word itself.`);
      const [head, ...tail] = path.split('/');
      if (head === 'font' || !tail.length) {
        if (t === null) continue;
        const v = this.read(path, t);
        values.set(path, v);
        bytes += JSON.stringify(v ?? null).length + path.length;
        continue;
      }
      if (!this.navNames().includes(head)) throw new OfficeError('InvalidArgument', `Cannot load "${raw}".`);
      if (viaCollection && this.doc.failures.nestedPathsRejected) throw new OfficeError('InvalidArgument', `Cannot load "${raw}" on a collection.`);
      const child = (this as unknown as Record<string, Proxy<unknown>>)[head];
      const s = child.stage([tail.join('/')], false);
      children.push(s);
      bytes += s.bytes;
    }
    return {
      bytes,
      commit: () => {
        for (const [k, v] of values) {
          this.loaded.add(k);
          this.snap.set(k, v);
        }
        for (const c of children) c.commit();
      },
    };
  }
}

export class FakeCollection<T extends Proxy<unknown>> {
  private list: T[] | null = null;
  constructor(protected ctx: FakeContext, private source: () => T[]) {}
  load(opts?: string | string[] | { select?: string; expand?: string; top?: number; skip?: number }): this {
    const spec = parseLoad(opts);
    this.ctx.queueLoad(() => {
      const all = this.source();
      const items = all.slice(spec.skip ?? 0, spec.top === undefined ? undefined : (spec.skip ?? 0) + spec.top);
      const staged = items.map((it) => it.stage(spec.paths.filter((p) => p !== 'items'), true));
      return {
        bytes: staged.reduce((n, s) => n + s.bytes, 0),
        commit: () => {
          this.list = items;
          for (const s of staged) s.commit();
        },
      };
    });
    return this;
  }
  get items(): T[] {
    if (!this.list) throw notLoaded('items');
    return this.list;
  }
}
