import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { countRejected } from '../observability/metrics.js';
import { badArgument } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ObjectType({ description: 'Where a page of a connection starts and ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more records follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when records precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size: default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge after which the page starts.' })
  after?: string | null;
}

/** A validated page request: how many rows to skip and how many to return. */
export interface Page {
  offset: number;
  limit: number;
}

export function pageOf(args: PageArgs): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    if (limit > MAX_PAGE_SIZE) countRejected('page_size');
    throw badArgument('first', `must be between 0 and ${MAX_PAGE_SIZE} (was ${limit})`);
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

// Cursors are opaque to clients; inside they are positions in the ordered result.
export function encodeCursor(position: number): string {
  return Buffer.from(`pos:${position}`).toString('base64url');
}

/** The last position a cursor may hold: the page after it must still end within SQL's int range. */
const LAST_POSITION = 2 ** 31 - 2 - MAX_PAGE_SIZE;

function decodeCursor(cursor: string): number {
  const match = /^pos:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || Number(match[1]) > LAST_POSITION) throw badArgument('after', 'is not a cursor returned by this API');
  return Number(match[1]);
}

/** The shape every connection resolver returns; the generic types below render it. */
export interface ConnectionResult<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/**
 * One edge: its cursor is encoded only when a query selects it, as most reads of long lists do not,
 * and encoding one per row was a measurable share of a nested read's CPU.
 */
class PositionedEdge<T> {
  constructor(
    readonly node: T,
    private readonly position: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.position);
  }
}

export function connectionOf<T>(nodes: T[], totalCount: number, page: Page): ConnectionResult<T> {
  const edges = nodes.map((node, i) => new PositionedEdge(node, page.offset + i));
  const last = page.offset + nodes.length - 1;
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: nodes.length ? encodeCursor(page.offset) : null,
      endCursor: nodes.length ? encodeCursor(last) : null,
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string = node.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} record and its position in the connection.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this record; pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name} record.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records (Relay connection).` })
  class ConnectionType {
    @Field(() => Int, { description: 'Number of records matching, across all pages.' })
    totalCount!: number;

    @Field(() => [Edge], { description: 'The records of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages exist, and the cursors to reach them.' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
