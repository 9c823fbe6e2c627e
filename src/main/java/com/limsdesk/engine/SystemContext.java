package com.limsdesk.engine;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's clock and the desk's own work that must see past the current user's
 * authorizations, such as looking up the mail addresses of a group the user cannot read.
 */
@Component
public class SystemContext {

	private final ProcessEngineConfigurationImpl configuration;

	SystemContext(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	/**
	 * Returns the engine's current time. Process tests move this clock, so every record
	 * of the desk takes its time stamps here and not from the system clock.
	 */
	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** Runs the given work in an engine command with authorization checks off. */
	public <T> T withoutAuthorization(Supplier<T> work) {
		return inCommand((context) -> work.get());
	}

	/**
	 * Runs the given work in an engine command with authorization checks off, with access
	 * to the command's context for the engine's own entities.
	 */
	public <T> T inCommand(Function<CommandContext, T> work) {
		return this.configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
			boolean wasEnabled = context.isAuthorizationCheckEnabled();
			context.disableAuthorizationCheck();
			try {
				return work.apply(context);
			}
			finally {
				if (wasEnabled) {
					context.enableAuthorizationCheck();
				}
			}
		});
	}

}
