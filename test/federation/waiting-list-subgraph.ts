import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** A second subgraph, as another NHS system would write it: it extends our ICS entity by key. */
export const waitingListTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type IntegratedCareSystem @key(fields: "odsCode") {
    odsCode: String!
    "Median wait for an autism diagnostic assessment, in weeks."
    waitingListWeeks: Float
  }

  type Query {
    longestWaits: [IntegratedCareSystem!]!
  }
`);

const weeks: Record<string, number> = { QWU: 61, QHL: 74, QOP: 48 };

export async function startWaitingListSubgraph(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: waitingListTypeDefs,
        resolvers: {
          Query: {
            longestWaits: () =>
              Object.keys(weeks)
                .sort((a, b) => weeks[b] - weeks[a])
                .map((odsCode) => ({ odsCode })),
          },
          IntegratedCareSystem: {
            __resolveReference: (ref: { odsCode: string }) => ({ odsCode: ref.odsCode }),
            waitingListWeeks: (ics: { odsCode: string }) => weeks[ics.odsCode] ?? null,
          },
        },
      },
    ]),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
