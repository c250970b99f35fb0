import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { countRejected } from '../../observability/metrics.js';

const ABORTED = 'Validation aborted.';

/**
 * graphql-js stops validating a query whose fields would take too long to compare with one another
 * (thousands of fields repeated in one selection) and says only "Validation aborted.". This names the
 * limit instead, and counts the refusal.
 */
export function validationBudget<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.message !== ABORTED) continue;
            countRejected('validation_budget');
            error.message =
              'Validation aborted: the query repeats too many fields in one selection to check them against each other; ask for each field once';
          }
        },
      };
    },
  };
}
