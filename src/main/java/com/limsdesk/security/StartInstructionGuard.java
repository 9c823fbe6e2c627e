package com.limsdesk.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets only administrators start a process at a chosen activity or without its listeners
 * and input mappings. The engine allows both to anyone who may start the process, which
 * would let a reporter skip the registration that checks the report and creates the
 * ticket.
 */
@Component
class StartInstructionGuard extends AbstractProcessEnginePlugin {

	private static final Field BUILDER = builderField();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new Interceptor(configuration));
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	private static Field builderField() {
		try {
			Field field = StartProcessInstanceCmd.class.getDeclaredField("instantiationBuilder");
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("StartProcessInstanceCmd.instantiationBuilder not found", ex);
		}
	}

	/** Checks process starts before the engine runs them. */
	private static final class Interceptor extends CommandInterceptor {

		private final ProcessEngineConfigurationImpl configuration;

		Interceptor(ProcessEngineConfigurationImpl configuration) {
			this.configuration = configuration;
		}

		@Override
		public <T> T execute(Command<T> command) {
			if (command instanceof StartProcessInstanceAtActivitiesCmd) {
				requireAdministrator("starting a process at a chosen activity");
			}
			else if (command instanceof StartProcessInstanceCmd start && skipsSteps(start)) {
				requireAdministrator("starting a process without its listeners or input mappings");
			}
			return this.next.execute(command);
		}

		private static boolean skipsSteps(StartProcessInstanceCmd start) {
			try {
				ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) BUILDER.get(start);
				return builder.getModificationBuilder().isSkipCustomListeners()
						|| builder.getModificationBuilder().isSkipIoMappings();
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Reading the start of a process failed", ex);
			}
		}

		private void requireAdministrator(String operation) {
			Authentication authentication = this.configuration.getIdentityService().getCurrentAuthentication();
			if (authentication == null || authentication.getUserId() == null) {
				// The desk's own code, which runs without a user.
				return;
			}
			List<String> groups = authentication.getGroupIds();
			if (groups == null || !groups.contains(DeskGroups.ADMINISTRATORS)) {
				throw new AuthorizationException(
						"The user with id '" + authentication.getUserId() + "' may not do this: " + operation
								+ " is reserved to the group " + DeskGroups.ADMINISTRATORS + ".");
			}
		}

	}

}
