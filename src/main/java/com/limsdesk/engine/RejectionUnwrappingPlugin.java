package com.limsdesk.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Lets a rejected form field and a rejected user leave the engine as themselves. The
 * engine wraps whatever a task listener or an expression raises in a plain
 * {@link ProcessEngineException}, for which every REST API, Tasklist's included, returns
 * status 500. Unwrapped, a {@link FormFieldValidationException} gets 400 and an
 * {@link AuthorizationException} 403. A conflict that the desk's own records detect when
 * two users complete the same step at once leaves as an
 * {@link OptimisticLockingException} that names no table or column. The interceptor sits
 * outside the transaction, so the command has been rolled back when it rethrows.
 */
@Component
class RejectionUnwrappingPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new UnwrappingInterceptor());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	/**
	 * Returns the rejection or the lost race that an engine exception wraps, or null when
	 * there is none.
	 */
	static RuntimeException rejectionIn(ProcessEngineException exception) {
		if (exception instanceof FormFieldValidationException || exception instanceof AuthorizationException
				|| exception instanceof OptimisticLockingException) {
			return null;
		}
		for (Throwable cause = exception.getCause(); cause != null
				&& cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof FormFieldValidationException || cause instanceof AuthorizationException
					|| cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
				return (RuntimeException) cause;
			}
		}
		return null;
	}

	static final class UnwrappingInterceptor extends CommandInterceptor {

		private static final Logger logger = LoggerFactory.getLogger(UnwrappingInterceptor.class);

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (ProcessEngineException ex) {
				RuntimeException rejection = rejectionIn(ex);
				if (rejection instanceof ConcurrencyFailureException conflict) {
					throw lostRace(conflict);
				}
				throw (rejection != null) ? rejection : ex;
			}
			catch (ConcurrencyFailureException ex) {
				throw lostRace(ex);
			}
		}

		private static OptimisticLockingException lostRace(ConcurrencyFailureException conflict) {
			logger.info("A command lost a race on the desk's records: {}", conflict.getClass().getSimpleName());
			return new OptimisticLockingException("另一位用户刚刚处理了同一记录，请刷新后重试", conflict);
		}

	}

}
