package org.genobay.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run of the database tests when no server answers, except on CI (CI=true), where PostgreSQL
 * must be up and a missing server fails the tests instead of hiding them.
 */
class DatabaseAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgresql()) {
            return ConditionEvaluationResult.enabled("H2 runs in memory");
        }
        if ("true".equals(System.getenv("CI")) || TestDatabase.postgresqlAnswers()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabase.POSTGRESQL_URL);
        }
        return ConditionEvaluationResult.disabled("no PostgreSQL answers at " + TestDatabase.POSTGRESQL_URL);
    }
}
