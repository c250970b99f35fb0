import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import { PageArgs, PageInfo, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { badArgument } from '../graphql/errors.js';
import { auditScope } from './audit-access.js';
import { auditCount, auditPage, type AuditFilter, type AuditRow } from './audit-trail.sql.js';

@InputType({ description: 'Which changes to list; every field optional.' })
class AuditTrailFilter implements AuditFilter {
  @Field(() => String, { nullable: true, description: 'Changes of records of this ICS (ODS code).' })
  icsCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Record type, e.g. Service, HousingPlanLine.' })
  recordType?: string | null;

  @Field(() => String, { nullable: true, description: "The actor: a token's subject, or `import`." })
  actor?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Changes at or after this instant.' })
  from?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Changes before this instant.' })
  to?: string | null;
}

@ObjectType({ description: 'One change of a plan record, by a mutation or an import.' })
class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTimeISO)
  changedAt!: Date;

  @Field(() => String, { description: "Who: the token's subject, `import` for a dataset import." })
  actor!: string;

  @Field(() => String, { nullable: true, description: "The actor's name, when the token gave one." })
  actorName!: string | null;

  @Field(() => [String], { description: 'The ICSs whose record it is (a local authority\'s record: each ICS holding a place of it; none for a national target).' })
  icsCodes!: string[];

  @Field(() => String)
  recordType!: string;

  @Field(() => GraphQLJSONObject, { description: 'The natural key, by table column.' })
  naturalKey!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The stored values before (null: created).' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The stored values after (null: deleted).' })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType()
class AuditEntryEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEntry)
  node!: AuditRow;
}

@ObjectType({ description: 'A page of the audit trail, newest change first.' })
class AuditEntryConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

const cursorOf = (id: string) => Buffer.from(`audit:${id}`).toString('base64url');

function idOf(cursor: string): string {
  const match = /^audit:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badArgument('after', 'is not a cursor returned by auditTrail');
  return match[1];
}

@Resolver()
export class AuditTrailResolver {
  @Authorized(Role.ADMIN, Role.ICS_EDITOR)
  @Query(() => AuditEntryConnection, {
    description:
      'Every change of a plan record, by mutation and by import, newest first: ADMIN reads all; an ICS_EDITOR the changes of its ICSs.',
  })
  async auditTrail(
    @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter: AuditTrailFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { caller, sql }: RequestContext,
  ): Promise<AuditEntryConnection> {
    const scope = auditScope(caller, filter?.icsCode);
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) throw badArgument('first', `must be between 0 and ${MAX_PAGE_SIZE} (was ${limit})`);
    const after = page.after ? idOf(page.after) : null;
    const asFilter = { ...filter, from: isoOf(filter?.from), to: isoOf(filter?.to) };
    const [rows, totalCount] = await Promise.all([auditPage(sql, asFilter, scope, after, limit), auditCount(sql, asFilter, scope)]);
    const edges = rows.slice(0, limit).map((node) => ({ cursor: cursorOf(node.id), node }));
    return {
      totalCount,
      edges,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}

/** GraphQLDateTimeISO parses to a Date. */
function isoOf(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : null;
}
