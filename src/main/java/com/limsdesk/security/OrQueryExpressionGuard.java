package com.limsdesk.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.QueryValidators;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Applies the engine's expression restriction to the or-queries of every task query,
 * which Camunda 7.24.0 checks on the outer query only (CVE-2026-109432). An ad-hoc query
 * may carry expressions in an or-query only when {@code enableExpressionsInAdhocQueries}
 * is on, a stored filter only when {@code enableExpressionsInStoredQueries} is on.
 */
@Component
class OrQueryExpressionGuard extends AbstractProcessEnginePlugin {

	private static final Field VALIDATORS = field(AbstractQuery.class, "validators");

	private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> required = new ArrayList<>(
				nullSafe(configuration.getCustomPreCommandInterceptorsTxRequired()));
		required.add(new Interceptor(configuration));
		configuration.setCustomPreCommandInterceptorsTxRequired(required);
		List<CommandInterceptor> requiresNew = new ArrayList<>(
				nullSafe(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
		requiresNew.add(new Interceptor(configuration));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(requiresNew);
	}

	private static List<CommandInterceptor> nullSafe(List<CommandInterceptor> interceptors) {
		return (interceptors != null) ? interceptors : List.of();
	}

	static void check(TaskQueryImpl query, ProcessEngineConfigurationImpl configuration) {
		Set<?> validators = validatorsOf(query);
		boolean adhocForbidden = validators.contains(QueryValidators.AdhocQueryValidator.get())
				&& !configuration.isEnableExpressionsInAdhocQueries();
		boolean storedForbidden = validators.contains(QueryValidators.StoredQueryValidator.get())
				&& !configuration.isEnableExpressionsInStoredQueries();
		if (!adhocForbidden && !storedForbidden) {
			return;
		}
		List<TaskQueryImpl> queries = query.getQueries();
		for (int i = 1; i < queries.size(); i++) {
			if (!queries.get(i).getExpressions().isEmpty()) {
				throw new BadUserRequestException("orQueries[" + (i - 1) + "]: expressions "
						+ queries.get(i).getExpressions().keySet() + " are not allowed in or-queries");
			}
		}
	}

	/**
	 * Checks the query that a caller adds to a stored filter. It is ad hoc, but the
	 * engine merges it into the stored query and checks the result as stored, so an
	 * or-query of the caller would run with the stored queries' permission to hold
	 * expressions.
	 */
	static void checkExtendingQuery(TaskQueryImpl extending) {
		List<TaskQueryImpl> queries = extending.getQueries();
		for (int i = 0; i < queries.size(); i++) {
			if (!queries.get(i).getExpressions().isEmpty()) {
				String part = (i == 0) ? "extending query" : "orQueries[" + (i - 1) + "]";
				throw new BadUserRequestException(part + ": expressions " + queries.get(i).getExpressions().keySet()
						+ " are not allowed in a query that extends a filter");
			}
		}
	}

	private static Object extendingQuery(AbstractExecuteFilterCmd command) {
		try {
			return EXTENDING_QUERY.get(command);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Reading the extending query of a filter command failed", ex);
		}
	}

	private static Set<?> validatorsOf(AbstractQuery<?, ?> query) {
		try {
			Object validators = VALIDATORS.get(query);
			return (validators instanceof Set<?> set) ? set : Set.of();
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Reading the validators of a task query failed", ex);
		}
	}

	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(type.getSimpleName() + "." + name + " not found; check the Camunda version",
					ex);
		}
	}

	/** Checks task queries before the engine runs them. */
	private static final class Interceptor extends CommandInterceptor {

		private final ProcessEngineConfigurationImpl configuration;

		Interceptor(ProcessEngineConfigurationImpl configuration) {
			this.configuration = configuration;
		}

		@Override
		public <T> T execute(Command<T> command) {
			if (command instanceof TaskQueryImpl query) {
				check(query, this.configuration);
			}
			else if (command instanceof AbstractExecuteFilterCmd filterCommand
					&& extendingQuery(filterCommand) instanceof TaskQueryImpl extending
					&& !this.configuration.isEnableExpressionsInAdhocQueries()) {
				checkExtendingQuery(extending);
			}
			return this.next.execute(command);
		}

	}

}
