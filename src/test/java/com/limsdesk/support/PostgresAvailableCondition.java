package com.limsdesk.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Skips a test class when {@code desk.test.database=postgresql} and the PostgreSQL server
 * is unreachable, so that the tests are reported as skipped and not as failed. When the
 * environment variable {@code DESK_TEST_REQUIRE_POSTGRES} is {@code true}, an unreachable
 * server fails the class instead. With any other database the tests run.
 *
 * <p>
 * JUnit evaluates the condition before Spring loads the application context, which is why
 * the check lives here and not in {@link TestDatabaseInitializer}. Register both on the
 * same class or meta-annotation: <pre class="code">
 * &#64;ExtendWith(PostgresAvailableCondition.class)
 * &#64;ContextConfiguration(initializers = TestDatabaseInitializer.class)
 * </pre> The condition creates the test database on its first evaluation, and the
 * initializer then uses that same database.
 */
public class PostgresAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabaseInitializer.isPostgresqlSelected()) {
			return ConditionEvaluationResult.enabled("The tests run on H2, so no PostgreSQL server is needed");
		}
		try {
			PostgresTestDatabase database = PostgresTestDatabase.get();
			return ConditionEvaluationResult.enabled("PostgreSQL test database " + database.name() + " is ready");
		}
		catch (TestAbortedException ex) {
			return ConditionEvaluationResult.disabled(ex.getMessage());
		}
	}

}
