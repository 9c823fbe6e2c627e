package com.limsdesk.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a rejected form field and a rejected user leave the engine as themselves. The
 * engine wraps whatever a task listener or an expression raises in a plain
 * {@link ProcessEngineException}, which every REST API, Tasklist's included, answers with
 * status 500. Unwrapped, a {@link FormFieldValidationException} gets 400 and an
 * {@link AuthorizationException} 403. The interceptor sits outside the transaction, so
 * the command has been rolled back when it rethrows.
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
	 * Returns the rejection that an engine exception wraps, or null when there is none.
	 */
	static RuntimeException rejectionIn(ProcessEngineException exception) {
		if (exception instanceof FormFieldValidationException || exception instanceof AuthorizationException) {
			return null;
		}
		for (Throwable cause = exception.getCause(); cause != null
				&& cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof FormFieldValidationException || cause instanceof AuthorizationException) {
				return (RuntimeException) cause;
			}
		}
		return null;
	}

	static final class UnwrappingInterceptor extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (ProcessEngineException ex) {
				RuntimeException rejection = rejectionIn(ex);
				throw (rejection != null) ? rejection : ex;
			}
		}

	}

}
